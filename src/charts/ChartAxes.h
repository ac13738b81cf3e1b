#pragma once

#include "charts/ChartSpec.h"

#include <QString>
#include <optional>

class QValueAxis;

namespace medsafe::charts {

// The value axis and the x scale of a run or control chart. Points sit at x = their index,
// so parts, gaps and annotation dates map to x without a calendar (TimeAxisLabels puts the
// dates on it). The value axis gets round numbers.
class ChartAxes {
public:
    struct Range {
        double min = 0.0;
        double max = 1.0;
        double step = 0.2;
        int decimals = 1;
        int tickCount() const;
    };

    // Round bounds around everything drawn (values, lines, target), never below zero when
    // nothing drawn is negative.
    static Range valueRange(const ChartSpec& spec);
    // `ceiling`: a bound the padding must not cross (100 % for proportions), if any.
    static Range niceRange(double low, double high, bool clampAtZero, std::optional<double> ceiling = {});

    static QValueAxis* createValueAxis(const Range& range, const QString& title);

    // The x of a date between the points' dates (fractional index); dates outside the data
    // are clamped to the plot's edges.
    static double dateToX(const QList<QDate>& dates, const QDate& date);
    // The plot spans half a step beyond the first and last point.
    static double xMin(const ChartSpec& spec);
    static double xMax(const ChartSpec& spec);
};

} // namespace medsafe::charts
