#include "charts/MeasureChartRecipe.h"

#include "charts/MeasureChartSpec.h"
#include "services/measures/ChartInputFactory.h"
#include "services/measures/MeasureSeriesService.h"

#include <algorithm>

namespace medsafe::charts {

namespace {
constexpr int kMinimumPoints = 2;
} // namespace

ChartSpec MeasureChartRecipe::fromChart(const services::MeasureChart& chart, const QList<domain::PdsaCycle>& cycles,
                                        const QList<domain::ChangeIdea>& changeIdeas) {
    MeasureChartSource source;
    source.measure = chart.measure;
    source.dates = chart.request.dates;
    source.perEvent = chart.series.perEvent;
    if (chart.result) source.result = *chart.result;
    source.plottedDirection = chart.plottedDirection;
    for (qsizetype i = 0; i < chart.request.excluded.size(); ++i)
        source.exclusions << ExcludedPointNote{chart.request.excluded[i], chart.request.exclusionReasons.value(i)};
    source.cycles = cycles;
    source.changeIdeas = changeIdeas;
    return MeasureChartSpec::build(source);
}

Result<ChartSpec> MeasureChartRecipe::runChartOf(const domain::Measure& measure, const services::MeasureSeries& series,
                                                 const QList<domain::PdsaCycle>& cycles,
                                                 const QList<domain::ChangeIdea>& changeIdeas) {
    if (series.points.size() < kMinimumPoints)
        return Error::forUser(QStringLiteral("too few points"),
                              tr("The chart appears when at least two months have values."));
    services::MeasureChart chart;
    chart.measure = measure;
    chart.series = series;
    chart.request = services::ChartInputFactory::make(series, measure.chartSettings, domain::ChartType::Run);
    auto outcome = services::ChartInputFactory::analyze(chart.request);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return Error::forUser(QString::fromStdString(error->message),
                              tr("The values cannot be drawn as a run chart yet."));
    chart.result = std::get<analysis::ChartResult>(std::move(outcome));
    chart.plottedDirection = services::MeasureSeriesService::plottedDirection(measure);
    return fromChart(chart, cycles, changeIdeas);
}

Result<ChartSpec> MeasureChartRecipe::runChartOf(const domain::Measure& measure,
                                                 const QHash<QDate, double>& monthlyValues,
                                                 const QList<domain::PdsaCycle>& cycles,
                                                 const QList<domain::ChangeIdea>& changeIdeas) {
    services::MeasureSeries series;
    series.measureId = measure.id;
    series.kind = domain::MeasureKind::Value; // already one number per month
    QList<QDate> months = monthlyValues.keys();
    std::sort(months.begin(), months.end());
    for (const QDate& month : months) {
        services::MeasurePoint point;
        point.date = month;
        point.numerator = monthlyValues.value(month);
        series.points.append(point);
    }
    return runChartOf(measure, series, cycles, changeIdeas);
}

} // namespace medsafe::charts
