#include "app/measurements/GridChartSpec.h"

#include "charts/MeasureChartSpec.h"
#include "services/measures/ChartInputFactory.h"
#include "services/measures/MeasureSeriesService.h"

#include <algorithm>

namespace medsafe::app {

namespace {

constexpr int kMinimumPoints = 2;

Result<charts::ChartSpec> specFrom(const domain::Measure& measure, const services::MeasureSeries& series) {
    if (series.points.size() < kMinimumPoints)
        return Error::forUser(QStringLiteral("too few points"),
                              GridChartSpec::tr("The chart appears when at least two months have values."));
    const auto request = services::ChartInputFactory::make(series, measure.chartSettings, domain::ChartType::Run);
    auto outcome = services::ChartInputFactory::analyze(request);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return Error::forUser(QString::fromStdString(error->message),
                              GridChartSpec::tr("The values cannot be drawn as a run chart yet."));
    charts::MeasureChartSource source;
    source.measure = measure;
    source.dates = request.dates;
    source.result = std::get<analysis::ChartResult>(std::move(outcome));
    source.plottedDirection = services::MeasureSeriesService::plottedDirection(measure);
    for (int i = 0; i < request.excluded.size(); ++i)
        source.exclusions.append({request.excluded.at(i), request.exclusionReasons.value(i)});
    return charts::MeasureChartSpec::build(source);
}

} // namespace

Result<charts::ChartSpec> GridChartSpec::typed(const domain::Measure& measure, const QList<domain::Measurement>& values) {
    return specFrom(measure, services::MeasureSeriesService::fromMeasurements(measure, values));
}

Result<charts::ChartSpec> GridChartSpec::computed(const domain::Measure& measure, const QHash<QDate, double>& values) {
    services::MeasureSeries series;
    series.measureId = measure.id;
    series.kind = domain::MeasureKind::Value; // already one number per month
    QList<QDate> months = values.keys();
    std::sort(months.begin(), months.end());
    for (const QDate& month : months) {
        services::MeasurePoint point;
        point.date = month;
        point.numerator = values.value(month);
        series.points.append(point);
    }
    return specFrom(measure, series);
}

} // namespace medsafe::app
