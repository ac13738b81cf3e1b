#pragma once

#include "models/improvement/DriverDiagramLayout.h"

#include <QGraphicsScene>

#include <optional>

namespace medsafe::app {

// Draws a DriverDiagramLayout: column titles, coloured boxes with wrapped text and the lines
// between them. Boxes are selectable; the page reads the chosen box through boxAt/selectedBox.
// GUI thread.
class DriverDiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    struct BoxRef {
        models::DriverDiagramLayout::Kind kind = models::DriverDiagramLayout::Kind::Aim;
        qint64 id = 0;
        friend bool operator==(const BoxRef&, const BoxRef&) = default;
    };

    explicit DriverDiagramScene(QObject* parent = nullptr);

    void rebuild(const models::DriverDiagramLayout& layout);
    std::optional<BoxRef> selectedBox() const;
    std::optional<BoxRef> boxAt(const QPointF& scenePos) const;
    void select(const BoxRef& box);
    // Where a box is drawn (for tests and scrolling to it); null when absent.
    QRectF rectOf(const BoxRef& box) const;
    int boxCount() const { return m_boxCount; }

    // Greedy word wrap into at most `maxLines`, the last line elided; the diagram must never
    // show text running outside its box.
    static QString fitText(const QString& text, const QFont& font, double width, int maxLines);

private:
    int m_boxCount = 0;
};

} // namespace medsafe::app
