#include "app/runcharts/RunChartSpecs.h"

#include "charts/ChartNumberFormat.h"
#include "charts/ChartTypeNames.h"
#include "charts/MeasureChartSpec.h"

namespace medsafe::app {

charts::SignalVerdict RunChartSpecs::verdictFor(const services::MeasureChart& chart) {
    if (!chart.result) return {};
    return charts::SignalVerdict::judge(*chart.result, chart.plottedDirection);
}

QString RunChartSpecs::problemText(const services::MeasureChart& chart) {
    if (chart.series.points.size() < 2) return tr("Too few values for a chart yet.");
    return tr("The chart could not be computed from these values.");
}

QString RunChartSpecs::pointLabel(const services::MeasureSeries& series, int index) {
    if (index < 0 || index >= series.points.size()) return {};
    const QDate d = series.points[index].date;
    return series.perEvent ? charts::ChartNumberFormat::day(d) : charts::ChartNumberFormat::month(d);
}

QString RunChartSpecs::latestLabel(const services::MeasureChart& chart) {
    if (!chart.result) return {};
    const QString unit = charts::MeasureChartSpec::unit(chart.measure, chart.series.perEvent);
    for (auto it = chart.result->points.crbegin(); it != chart.result->points.crend(); ++it) {
        if (!it->y) continue;
        return tr("latest %1: %2")
            .arg(pointLabel(chart.series, it->index), charts::ChartNumberFormat::withUnit(*it->y, unit));
    }
    return pointLabel(chart.series, static_cast<int>(chart.series.points.size()) - 1);
}

QString RunChartSpecs::summaryLine(const services::MeasureChart& chart) {
    if (!chart.result) return problemText(chart);
    const QString type = charts::ChartTypeNames::name(chart.result->chart);
    const QString unit = charts::MeasureChartSpec::unit(chart.measure, chart.series.perEvent);
    for (auto it = chart.result->points.crbegin(); it != chart.result->points.crend(); ++it) {
        if (!it->y) continue;
        return tr("%1 · latest %2 (%3)")
            .arg(type, charts::ChartNumberFormat::withUnit(*it->y, unit),
                 pointLabel(chart.series, it->index));
    }
    return type;
}

} // namespace medsafe::app
