#pragma once

#include <QHeaderView>

namespace medsafe::app {

// A horizontal header in two rows: the group (a measure's name) spans the columns that share
// the model's group key, and each column's own label ("Tæller", "Nævner") sits beneath it.
// Columns without a group draw their label over both rows. The roles are passed in so the header
// does not depend on one model. GUI thread.
class GroupedHeaderView : public QHeaderView {
    Q_OBJECT
public:
    GroupedHeaderView(int groupRole, int groupKeyRole, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    // Lines of text the header has room for (group name and label together).
    void setTextLines(int lines);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    bool viewportEvent(QEvent* event) override;

private:
    // The first and last visible column of the group `logicalIndex` belongs to.
    std::pair<int, int> groupSpan(int section) const;
    QVariant groupKey(int logicalIndex) const;

    int m_groupRole;
    int m_groupKeyRole;
    int m_textLines = 4;
};

} // namespace medsafe::app
