#pragma once

#include "services/measures/DashboardService.h"

#include <QDate>
#include <optional>

namespace medsafe::services {

// A measure's level before and after the work, for the final evaluation: the median of the
// baseline and the median of the latest period, in plotted units (percent for proportions).
//
// Baseline: the points marked as baseline (typed baseline measurements, or inside the frozen
// baseline of a derived measure); without any, the first part when the chart is split, else
// the first kWindow points. Latest: the last part when the chart is split after the baseline,
// else the last kWindow points after the baseline. Excluded and missing points never count.
// A run chart's median is the natural level here whatever chart the measure uses, because
// it is not pulled by single extreme months. Stateless; any thread.
struct MeasureMedians {
    static constexpr int kWindow = 6;

    std::optional<double> baseline;
    QDate baselineFrom;
    QDate baselineTo;
    std::optional<double> latest;
    QDate latestFrom;
    QDate latestTo;

    static MeasureMedians of(const MeasureChart& chart);
    static std::optional<double> median(QList<double> values);
};

} // namespace medsafe::services
