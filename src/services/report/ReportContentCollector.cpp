#include "services/report/ReportContentCollector.h"

#include "services/incidents/IncidentStatistics.h"
#include "services/report/PharmacyReportCollector.h"
#include "services/report/ReportAnonymiser.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <algorithm>

namespace medsafe::services {

namespace {
constexpr int kUpcomingEvents = 2; // planned events after the month, so PS! sees what is next

QDate firstOfMonth(const QDate& date) { return QDate(date.year(), date.month(), 1); }

QList<ReportCountRow> rowsOf(const QList<CategoryCount>& counts) {
    QList<ReportCountRow> rows;
    rows.reserve(counts.size());
    for (const CategoryCount& c : counts)
        rows.append({c.code, ReportCount{c.count, false}});
    return rows;
}

QList<ReportEvent> eventsFor(const QList<domain::ProgrammeEvent>& all, const QDate& month, const QDate& monthEnd) {
    QList<domain::ProgrammeEvent> sorted = all;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    QList<ReportEvent> out;
    int upcoming = 0;
    for (const domain::ProgrammeEvent& e : sorted) {
        const bool inMonth = e.date >= month && e.date <= monthEnd;
        const bool next = e.date > monthEnd && upcoming < kUpcomingEvents;
        if (!inMonth && !next) continue;
        if (next) ++upcoming;
        // Done is judged at the end of the month: a later event cannot have happened yet.
        out.append(ReportEvent{e.kind, e.number, e.date, e.title, e.done && e.date <= monthEnd});
    }
    return out;
}
} // namespace

ReportContentCollector::ReportContentCollector(storage::Database& db) : m_db(db) {}

domain::PdsaCycle ReportContentCollector::asOf(domain::PdsaCycle cycle, const QDate& monthEnd) {
    const bool closed = cycle.status == domain::PdsaStatus::Completed || cycle.status == domain::PdsaStatus::Abandoned;
    if (closed && cycle.endDate.isValid() && cycle.endDate > monthEnd) {
        cycle.status = domain::PdsaStatus::Doing;
        cycle.endDate = {};
        cycle.decision.reset();
        cycle.studyResult.clear();
        cycle.studyLearning.clear();
        cycle.nextStep.clear();
    }
    return cycle;
}

ReportIncidentSummary ReportContentCollector::countIncidents(const QList<domain::Incident>& incidents) {
    ReportIncidentSummary summary;
    summary.total.value = static_cast<int>(incidents.size());
    summary.reachedCitizen.value = static_cast<int>(
        std::count_if(incidents.begin(), incidents.end(), [](const domain::Incident& i) { return i.reachedCitizen; }));
    summary.byStage = rowsOf(IncidentStatistics::countByStage(incidents));
    summary.byConsequence = rowsOf(IncidentStatistics::countByConsequence(incidents));
    return summary;
}

MeasureChart ReportContentCollector::until(MeasureChart chart, const QDate& lastDay) {
    MeasureSeries series = chart.series;
    const auto later = std::remove_if(series.points.begin(), series.points.end(),
                                      [&](const MeasurePoint& p) { return p.date > lastDay; });
    if (later == series.points.end()) return chart;
    series.points.erase(later, series.points.end());
    return DashboardService::chartOf(chart.measure, std::move(series), chart.request.chart);
}

Result<QDate> ReportContentCollector::defaultMonth(domain::BotilbudId botilbud, const QDate& today) const {
    auto latest = storage::MeasureRepository(m_db).latestMeasurementPeriod(botilbud);
    if (!latest) return latest.error();
    if (latest.value()) return firstOfMonth(*latest.value());
    const QDate day = today.isValid() ? today : QDate::currentDate();
    return firstOfMonth(day).addMonths(-1);
}

Result<MonthlyReportContent> ReportContentCollector::collectForSharing(domain::BotilbudId botilbud,
                                                                     const QDate& month) const {
    auto content = collect(botilbud, month);
    if (!content) return content.error();
    auto staff = storage::PersonRepository(m_db).forBotilbud(botilbud);
    if (!staff) return staff.error();
    return ReportAnonymiser::forSharing(std::move(content.value()), staff.value());
}

Result<MonthlyReportContent> ReportContentCollector::collect(domain::BotilbudId botilbud, const QDate& month) const {
    MonthlyReportContent content;
    content.month = firstOfMonth(month);
    content.generatedOn = QDate::currentDate();
    const QDate monthEnd = content.monthEnd();

    // The dashboard as it was read on the first day of the next month: derived series then end
    // with this month; typed values entered later are cut below.
    auto data = DashboardService(m_db).load(botilbud, content.month.addMonths(1));
    if (!data) return data.error();
    content.botilbud = data->botilbud;
    for (MeasureChart& chart : data->charts)
        content.charts.append(until(std::move(chart), monthEnd));
    for (const domain::PdsaCycle& cycle : data->cycles) {
        if (cycle.startDate.isValid() && cycle.startDate <= monthEnd) content.cycles.append(asOf(cycle, monthEnd));
    }
    content.changeIdeas = data->changeIdeas;

    const storage::ProgrammeRepository programmes(m_db);
    auto programme = programmes.programme(botilbud);
    if (!programme) return programme.error();
    content.progress = ProgrammeProgress::of(programme.value(), monthEnd);
    auto checklist = programmes.checklist(botilbud);
    if (!checklist) return checklist.error();
    for (domain::ChecklistItem item : checklist.value()) {
        if (item.doneDate.isValid() && item.doneDate > monthEnd) item.doneDate = {};
        content.checklist.append(item);
    }
    auto events = programmes.events(botilbud);
    if (!events) return events.error();
    content.events = eventsFor(events.value(), content.month, monthEnd);

    const storage::IncidentRepository incidents(m_db);
    auto monthIncidents = incidents.forBotilbud(botilbud, content.month, monthEnd);
    if (!monthIncidents) return monthIncidents.error();
    content.incidents = countIncidents(monthIncidents.value());
    auto dates = incidents.eventDates(botilbud, domain::IncidentFilter{}, {}, monthEnd);
    if (!dates) return dates.error();
    content.incidents.daysSinceLastError = IncidentStatistics::errorFreeDays(dates.value(), monthEnd).days;

    auto pharmacy = PharmacyReportCollector(m_db).forMonth(
        botilbud, content.month, programme.value() ? programme.value()->startDate : QDate());
    if (!pharmacy) return pharmacy.error();
    content.pharmacy = std::move(*pharmacy);

    auto report = storage::MonthlyReportRepository(m_db).forMonth(botilbud, content.month);
    if (!report) return report.error();
    if (report.value()) {
        content.report = *report.value();
    } else {
        content.report.botilbudId = botilbud;
        content.report.month = content.month;
    }
    return content;
}

} // namespace medsafe::services
