#pragma once

#include "domain/Aim.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace medsafe::models {

// Places the boxes of a driver diagram in four columns (aim → primary drivers → secondary
// drivers → change ideas) so each box sits level with the middle of what hangs off it, and
// lists the lines between them. Pure geometry over a snapshot, so it is tested without a
// scene; the view draws the result. Any thread.
class DriverDiagramLayout {
    Q_DECLARE_TR_FUNCTIONS(DriverDiagramLayout)
public:
    enum class Kind { Aim, Primary, Secondary, ChangeIdea };
    struct Box {
        Kind kind = Kind::Aim;
        qint64 id = 0; // the aim, driver or change idea id; 0 for an aim not written yet
        QString text;
        QString detail; // a second, smaller line (the PDSA count of a change idea)
        QRectF rect;
    };
    struct Line {
        int from = 0; // indexes into boxes
        int to = 0;
    };

    // Four columns fit beside the side form at 1366×768 without scaling.
    static constexpr double kBoxWidth = 176;
    static constexpr double kBoxHeight = 62;
    static constexpr double kColumnGap = 36;
    static constexpr double kRowGap = 12;
    static constexpr double kAimMaxHeight = 190; // room for a long aim, not a wall of blue
    static constexpr double kHeaderHeight = 34;

    // `pdsaCounts` counts the PDSA cycles per change idea.
    void compute(const domain::Aim* aim, const QList<domain::Driver>& drivers,
                 const QList<domain::ChangeIdea>& ideas, const QHash<domain::ChangeIdeaId, int>& pdsaCounts);

    const QList<Box>& boxes() const { return m_boxes; }
    const QList<Line>& lines() const { return m_lines; }
    QSizeF size() const { return m_size; }
    static double columnX(Kind kind);
    static QString columnTitle(Kind kind);

private:
    int addBox(Kind kind, qint64 id, const QString& text, double top, double rows, const QString& detail = {});

    QList<Box> m_boxes;
    QList<Line> m_lines;
    QSizeF m_size;
};

} // namespace medsafe::models
