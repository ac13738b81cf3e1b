#pragma once

#include "charts/ChartAxes.h"
#include "charts/ChartSpec.h"

#include <QList>
#include <QString>

class QAbstractAxis;
class QChart;

namespace medsafe::charts {

// PDSA cycles and adopted changes as numbered markers on the time axis: a small marker on the
// bottom edge of the plot with its number just beneath it (an axis row of its own, so no
// number can overlap the data or another label), and a faint vertical guide up through the
// plot. Annotations too close to tell apart share one marker ("2, 3").
class AnnotationLayer {
public:
    struct Group {
        double x = 0.0;
        QList<int> numbers;
        QString text() const; // "2, 3"
    };

    // Groups by position; `minGap` is the smallest x distance that keeps markers apart.
    static QList<Group> group(const ChartSpec& spec);
    static double minGap(const ChartSpec& spec);

    // The row of numbers: a category axis under the plot. Call it before the time axis is
    // added, because Qt stacks axes of one side outwards in the order they are added.
    // The row then carries the plot's bottom edge line; false when there is nothing to mark.
    static bool addNumberRow(QChart* chart, const ChartSpec& spec);
    // The faint guides (add them first, so the data is drawn over them) and the markers on
    // the plot's bottom edge (add them last); both axes must already be in `chart`.
    static void addGuides(QChart* chart, const ChartSpec& spec, QAbstractAxis* timeAxis,
                          QAbstractAxis* valueAxis, const ChartAxes::Range& range);
    static void addMarkers(QChart* chart, const ChartSpec& spec, QAbstractAxis* timeAxis,
                           QAbstractAxis* valueAxis, const ChartAxes::Range& range);
};

} // namespace medsafe::charts
