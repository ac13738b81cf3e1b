#include "services/measures/DashboardService.h"

#include "services/incidents/IncidentStatistics.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <QHash>
#include <algorithm>

namespace medsafe::services {

std::optional<double> MeasureChart::latestValue(const QDate& from, const QDate& to) const {
    if (!result || result->points.empty()) return std::nullopt;
    const auto& dates = request.dates;
    for (auto i = static_cast<qsizetype>(result->points.size()) - 1; i >= 0; --i) {
        if (i >= dates.size() || dates[i] < from) break;
        if (dates[i] <= to && result->points[static_cast<size_t>(i)].y) return result->points[static_cast<size_t>(i)].y;
    }
    return std::nullopt;
}

std::optional<double> MeasureChart::currentCentre() const {
    if (!result || result->points.empty()) return std::nullopt;
    return result->points.back().cl;
}

using domain::Measure;

namespace {
// A key for caching incident dates by filter: measures sharing a filter share one query.
QString filterKey(const domain::IncidentFilter& f) {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(f.errorType ? static_cast<int>(*f.errorType) : -1)
        .arg(f.stage ? static_cast<int>(*f.stage) : -1)
        .arg(f.requiredDoctorContactOnly)
        .arg(f.reachedCitizenOnly);
}

int monthsBetween(const QDate& from, const QDate& to) {
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}
} // namespace

ProgrammeProgress ProgrammeProgress::of(const std::optional<domain::Programme>& programme,
                                        const QDate& asOf) {
    ProgrammeProgress progress;
    if (!programme || !programme->startDate.isValid()) return progress;
    progress.start = programme->startDate;
    progress.end = programme->endDate();
    progress.months = monthsBetween(progress.start, progress.end) + 1;
    if (asOf < progress.start) {
        progress.state = State::NotStarted;
    } else if (asOf > progress.end) {
        progress.state = State::Ended;
    } else {
        progress.state = State::Running;
        progress.month = monthsBetween(progress.start, asOf) + 1;
        if (const auto phase = programme->phaseAt(asOf)) progress.phase = static_cast<int>(*phase);
    }
    return progress;
}

DashboardService::DashboardService(storage::Database& db) : m_db(db) {}

MeasureChart DashboardService::chartOf(const Measure& measure, MeasureSeries series,
                                       domain::ChartType chart) {
    MeasureChart out;
    out.measure = measure;
    out.plottedDirection = MeasureSeriesService::plottedDirection(measure);
    if (!ChartInputFactory::suits(measure.kind, chart)) chart = domain::ChartType::Run;
    out.request = ChartInputFactory::make(series, measure.chartSettings, chart);
    out.series = std::move(series);
    analysis::AnalysisOutcome outcome = ChartInputFactory::analyze(out.request);
    if (auto* result = std::get_if<analysis::ChartResult>(&outcome))
        out.result = std::move(*result);
    else
        out.problem = QString::fromStdString(std::get<analysis::AnalysisError>(outcome).message);
    return out;
}

Result<DashboardData> DashboardService::load(domain::BotilbudId botilbud, const QDate& asOf) const {
    auto measures = storage::MeasureRepository(m_db).forBotilbud(botilbud, /*activeOnly=*/true);
    if (!measures) return measures.error();
    return loadMeasures(botilbud, measures.value(), std::nullopt, asOf);
}

Result<DashboardData> DashboardService::loadOne(domain::MeasureId id, std::optional<domain::ChartType> chart,
                                                const QDate& asOf) const {
    auto measure = storage::MeasureRepository(m_db).get(id);
    if (!measure) return measure.error();
    return loadMeasures(measure->botilbudId, {measure.value()}, chart, asOf);
}

Result<DashboardData> DashboardService::loadMeasures(domain::BotilbudId botilbud,
                                                     const QList<Measure>& measures,
                                                     std::optional<domain::ChartType> chart,
                                                     const QDate& asOf) const {
    MeasureSeriesService seriesService(m_db);
    auto context = seriesService.context(botilbud, asOf);
    if (!context) return context.error();

    DashboardData data;
    data.botilbud = context->botilbud;
    data.asOf = context->asOf;
    data.progress = ProgrammeProgress::of(context->programme, data.asOf);
    const ErrorFreeDays board = IncidentStatistics::errorFreeDays(context->incidentDates, data.asOf);
    if (board.days) data.lastErrorDate = board.lastError;
    data.daysSinceLastError = board.days;

    const storage::MeasureRepository measureRepository(m_db);
    const storage::IncidentRepository incidents(m_db);
    QHash<QString, QList<QDate>> datesByFilter;
    datesByFilter.insert(filterKey(domain::IncidentFilter{}), context->incidentDates);
    data.charts.reserve(measures.size());
    for (const Measure& measure : measures) {
        MeasureSeries series;
        if (measure.derivedFromIncidents) {
            const QString key = filterKey(measure.incidentFilter);
            auto cached = datesByFilter.constFind(key);
            if (cached == datesByFilter.cend()) {
                auto dates = incidents.eventDates(botilbud, measure.incidentFilter);
                if (!dates) return dates.error();
                cached = datesByFilter.insert(key, dates.value());
            }
            series = MeasureSeriesService::build(measure, context.value(), {}, *cached);
        } else {
            auto values = measureRepository.series(measure.id);
            if (!values) return values.error();
            series = MeasureSeriesService::build(measure, context.value(), values.value(), {});
        }
        data.charts.append(
            chartOf(measure, std::move(series), chart.value_or(ChartInputFactory::defaultChartFor(measure))));
    }

    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    data.cycles = std::move(cycles.value());
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    data.changeIdeas = std::move(ideas.value());
    return data;
}

} // namespace medsafe::services
