#include "services/report/FinalEvaluationCollector.h"

#include "services/report/PharmacyReportCollector.h"
#include "services/report/ReportAnonymiser.h"
#include "services/report/ReportContentCollector.h"
#include "services/spread/SpreadMatrixService.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QHash>
#include <algorithm>

namespace medsafe::services {

FinalEvaluationCollector::FinalEvaluationCollector(storage::Database& db) : m_db(db) {}

QList<AdoptedChange> FinalEvaluationCollector::adoptedChanges(const QList<domain::PdsaCycle>& cycles,
                                                              const QList<domain::ChangeIdea>& ideas) {
    QList<AdoptedChange> out;
    for (const domain::ChangeIdea& idea : ideas) {
        AdoptedChange change{idea, 0, {}};
        for (const domain::PdsaCycle& cycle : cycles) {
            if (!cycle.changeIdeaId || *cycle.changeIdeaId != idea.id) continue;
            ++change.cyclesTested;
            const bool adopts = cycle.decision == domain::ActDecision::Adopt && cycle.endDate.isValid();
            if (adopts && (!change.adoptedOn.isValid() || cycle.endDate < change.adoptedOn)) change.adoptedOn = cycle.endDate;
        }
        if (change.adoptedOn.isValid()) out.append(change);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.adoptedOn < b.adoptedOn; });
    return out;
}

QList<CycleLesson> FinalEvaluationCollector::lessons(const QList<domain::PdsaCycle>& cycles) {
    QList<CycleLesson> out;
    for (const domain::PdsaCycle& cycle : cycles) {
        const bool finished = cycle.status == domain::PdsaStatus::Completed || cycle.status == domain::PdsaStatus::Abandoned;
        if (!finished || cycle.studyLearning.trimmed().isEmpty()) continue;
        out.append({cycle.number, cycle.title, cycle.endDate, cycle.decision, cycle.studyLearning});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.endDate != b.endDate ? a.endDate > b.endDate : a.number > b.number;
    });
    return out;
}

// Phase 1's workflow analysis before and after, phase 3's sustained measures (read from the
// charts, cycles and ideas already collected, cut at the evaluation's end) and the spread.
Status FinalEvaluationCollector::collectPhasesOneAndThree(domain::BotilbudId botilbud,
                                                          FinalEvaluationContent& content) const {
    auto workflow = WorkflowService(m_db).compare(botilbud);
    if (!workflow) return workflow.error();
    content.workflow = std::move(*workflow);
    auto drivers = storage::ImprovementRepository(m_db).drivers(botilbud);
    if (!drivers) return drivers.error();
    content.sustained = SustainedChanges::assess(content.charts, content.cycles, content.changeIdeas, *drivers, false);
    const SpreadMatrixService spread(m_db);
    auto own = spread.forBotilbud(botilbud);
    if (!own) return own.error();
    content.spread = std::move(*own);
    auto matrix = spread.matrix();
    if (!matrix) return matrix.error();
    if (matrix->columns.size() > 1) content.spreadMatrix = std::move(*matrix);
    return success();
}

Result<FinalEvaluationContent> FinalEvaluationCollector::collect(domain::BotilbudId botilbud, const QDate& asOf) const {
    FinalEvaluationContent content;
    content.generatedOn = QDate::currentDate();
    const QDate today = asOf.isValid() ? asOf : content.generatedOn;

    const storage::ProgrammeRepository programmes(m_db);
    auto programme = programmes.programme(botilbud);
    if (!programme) return programme.error();
    // The evaluation covers whole months: up to the programme's end, or the last complete month.
    const QDate lastComplete = QDate(today.year(), today.month(), 1).addDays(-1);
    content.to = programme.value() ? std::min(programme.value()->endDate(), lastComplete) : lastComplete;
    content.progress = ProgrammeProgress::of(programme.value(), content.to);

    auto data = DashboardService(m_db).load(botilbud, content.to.addDays(1));
    if (!data) return data.error();
    content.botilbud = data->botilbud;
    content.from = programme.value() ? programme.value()->startDate : QDate();
    for (MeasureChart& chart : data->charts) {
        content.charts.append(ReportContentCollector::until(std::move(chart), content.to));
        const MeasureSeries& cut = content.charts.last().series;
        if (!content.from.isValid() && !cut.points.isEmpty()) content.from = cut.points.first().date;
    }
    for (const domain::PdsaCycle& cycle : data->cycles) {
        if (cycle.startDate.isValid() && cycle.startDate <= content.to)
            content.cycles.append(ReportContentCollector::asOf(cycle, content.to));
    }
    content.changeIdeas = data->changeIdeas;

    auto aims = storage::ImprovementRepository(m_db).aims(botilbud);
    if (!aims) return aims.error();
    content.aims = aims.value();

    auto events = programmes.events(botilbud);
    if (!events) return events.error();
    for (const domain::ProgrammeEvent& e : events.value()) {
        if (!e.done || e.date > content.to) continue;
        if (e.kind == domain::EventKind::LearningSession) ++content.learningSessionsHeld;
        if (e.kind == domain::EventKind::PsVisit) ++content.psVisitsHeld;
    }

    auto reports = storage::MonthlyReportRepository(m_db).forBotilbud(botilbud);
    if (!reports) return reports.error();
    for (const domain::MonthlyReport& r : reports.value())
        if (r.month <= content.to) content.reports.prepend(r); // newest first from storage

    if (programme.value()) {
        auto incidents = storage::IncidentRepository(m_db).forBotilbud(botilbud, content.from, content.to);
        if (!incidents) return incidents.error();
        for (const domain::ProgrammePhase& phase : programme.value()->phases) {
            if (phase.startDate > content.to) break;
            PhaseIncidents row{static_cast<int>(phase.phase), phase.startDate, std::min(phase.endDate, content.to), {}};
            for (const domain::Incident& i : incidents.value())
                if (i.occurredDate >= row.from && i.occurredDate <= row.to) ++row.count.value;
            content.incidentsByPhase.append(row);
        }
    }

    auto pharmacy = PharmacyReportCollector(m_db).forProgramme(botilbud, content.from, content.to);
    if (!pharmacy) return pharmacy.error();
    content.pharmacy = std::move(*pharmacy);

    auto staff = storage::PersonRepository(m_db).forBotilbud(botilbud);
    if (!staff) return staff.error();
    content = ReportAnonymiser::forSharing(std::move(content), staff.value());
    content.adopted = adoptedChanges(content.cycles, content.changeIdeas);
    if (auto phases = collectPhasesOneAndThree(botilbud, content); !phases) return phases.error();
    content.lessons = lessons(content.cycles);
    for (const MeasureChart& chart : content.charts)
        content.medians.append(MeasureMedians::of(chart));
    return content;
}

} // namespace medsafe::services
