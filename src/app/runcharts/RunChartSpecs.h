#pragma once

#include "charts/ChartSpec.h"
#include "charts/SignalVerdict.h"
#include "services/measures/DashboardService.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::app {

// The short texts of a dashboard tile and of the full chart's controls, from the services'
// computed charts (the chart itself comes from charts::MeasureChartRecipe).
class RunChartSpecs {
    Q_DECLARE_TR_FUNCTIONS(RunChartSpecs)

public:
    static charts::SignalVerdict verdictFor(const services::MeasureChart& chart);
    // "Seriediagram · seneste 96 % (dec. 2025)", or why there is no chart.
    static QString summaryLine(const services::MeasureChart& chart);
    // "dec. 2025: 96,7 %": the latest point and its value, for the small chart's right edge.
    static QString latestLabel(const services::MeasureChart& chart);
    // Why a chart is missing, in words for the leader.
    static QString problemText(const services::MeasureChart& chart);
    // "jan. 2024" for months, "3. jan. 2024" for events.
    static QString pointLabel(const services::MeasureSeries& series, int index);
};

} // namespace medsafe::app
