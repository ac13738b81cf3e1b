#include "demo/DemoProgressCut.h"

#include <QSet>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

QDate firstOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

void clearStudyAndAct(PdsaCycle& cycle)
{
    cycle.studyResult.clear();
    cycle.studyLearning.clear();
    cycle.decision.reset();
    cycle.nextStep.clear();
}

void clearDo(PdsaCycle& cycle)
{
    cycle.doWhatHappened.clear();
    cycle.doProblems.clear();
    cycle.doPlanChanges.clear();
    cycle.doObservations.clear();
}

} // namespace

void DemoProgressCut::apply(const DemoTimeline& timeline, DemoBotilbud& home)
{
    const QDate today = timeline.asOf();
    cutEvents(today, home);
    cutPdsaCycles(today, home);
    cutMeasurements(timeline, home);
    cutIncidents(timeline, home);
    cutCompetence(today, home);
    cutReports(timeline, home);
    cutPharmacy(today, home);
}

void DemoProgressCut::cutEvents(const QDate& today, DemoBotilbud& home)
{
    // Someone who leaves after today is still here.
    for (Person& person : home.people) {
        if (person.endDate.isValid() && person.endDate > today) {
            person.active = true;
            person.endDate = {};
        }
    }
    for (ProgrammeEvent& event : home.events) {
        if (event.date <= today)
            continue;
        // The notes tell how it went; a planned event has none yet. The invited stay.
        event.done = false;
        event.notes.clear();
    }
    for (ChecklistItem& item : home.checklist) {
        if (item.doneDate.isValid() && item.doneDate > today) {
            item.doneDate = {};
            item.note.clear();
        }
    }
}

void DemoProgressCut::cutPdsaCycles(const QDate& today, DemoBotilbud& home)
{
    QList<PdsaCycle> kept;
    QSet<PdsaCycleId> removed;
    for (PdsaCycle cycle : home.pdsaCycles) {
        // Children start after their parents, so a child of a removed cycle is removed too.
        if (today.daysTo(cycle.startDate) > kPlanningDays || (cycle.parentId && removed.contains(*cycle.parentId))) {
            removed.insert(cycle.id);
            continue;
        }
        if (cycle.startDate > today) {
            cycle.status = PdsaStatus::Planned;
            clearDo(cycle);
            clearStudyAndAct(cycle);
        } else if (cycle.endDate >= today) {
            cycle.status = PdsaStatus::Doing;
            clearDo(cycle);
            clearStudyAndAct(cycle);
        } else if (cycle.endDate.daysTo(today) < kStudyDays) {
            cycle.status = PdsaStatus::Studying;
            clearStudyAndAct(cycle);
        }
        kept << cycle;
    }
    // Cycles are numbered in start order, so the removed ones are the highest numbers and the
    // kept ones stay numbered 1, 2, 3, ... without gaps.
    home.pdsaCycles = kept;
}

void DemoProgressCut::cutMeasurements(const DemoTimeline& timeline, DemoBotilbud& home)
{
    const QDate currentMonth = firstOfMonth(timeline.asOf());
    const QDate lastMonth = currentMonth.addMonths(-1);
    // Last month's sheet is half filled in: the first half of the typed measures have values.
    QSet<MeasureId> enteredLastMonth;
    QList<MeasureId> typed;
    for (const Measure& measure : home.measures) {
        if (!measure.derivedFromIncidents)
            typed << measure.id;
    }
    for (qsizetype i = 0; i < (typed.size() + 1) / 2; ++i)
        enteredLastMonth.insert(typed[i]);
    home.measurements.removeIf([&](const Measurement& value) {
        return value.period >= currentMonth || (value.period == lastMonth && !enteredLastMonth.contains(value.measureId));
    });
}

void DemoProgressCut::cutIncidents(const DemoTimeline& timeline, DemoBotilbud& home)
{
    const QDate today = timeline.asOf();
    const int current = timeline.currentMonthIndex();
    home.incidents.removeIf([&](const Incident& incident) { return incident.occurredDate > today; });
    for (Incident& incident : home.incidents) {
        incident.reportedDate = std::min(incident.reportedDate, today);
        // This month's incidents are new; the two months before are analysed; older ones closed.
        const int monthsBefore = current - timeline.monthIndexOf(incident.occurredDate);
        incident.status = monthsBefore == 0 ? IncidentStatus::New
            : monthsBefore <= 2             ? IncidentStatus::Analysed
                                            : IncidentStatus::Closed;
        if (incident.status == IncidentStatus::New)
            incident.learning.clear();
    }
}

void DemoProgressCut::cutCompetence(const QDate& today, DemoBotilbud& home)
{
    home.trainingRecords.removeIf([&](const TrainingRecord& record) { return record.completedDate > today; });
    QSet<SurveyRoundId> future;
    for (const SurveyRound& round : home.surveyRounds) {
        if (round.date > today)
            future.insert(round.id);
    }
    home.surveyRounds.removeIf([&](const SurveyRound& round) { return future.contains(round.id); });
    home.answers.removeIf([&](const CompetenceAnswer& answer) { return future.contains(answer.roundId); });
}

void DemoProgressCut::cutReports(const DemoTimeline& timeline, DemoBotilbud& home)
{
    const QDate today = timeline.asOf();
    const QDate currentMonth = firstOfMonth(today);
    const QDate lastMonth = currentMonth.addMonths(-1);
    home.reports.removeIf([&](const MonthlyReport& report) { return report.month >= currentMonth; });
    for (MonthlyReport& report : home.reports) {
        // Last month's report is being written; a report is sent or answered only by today.
        if (report.month == lastMonth || (report.sentDate.isValid() && report.sentDate > today)) {
            report.status = ReportStatus::Draft;
            report.sentDate = {};
        }
        if (report.status == ReportStatus::Draft || (report.feedbackDate.isValid() && report.feedbackDate > today)) {
            if (report.status == ReportStatus::FeedbackReceived)
                report.status = ReportStatus::Sent;
            report.feedbackDate = {};
            report.consultantFeedback.clear();
        }
    }
}


void DemoProgressCut::cutPharmacy(const QDate& today, DemoBotilbud& home)
{
    QSet<QaVisitId> future;
    for (const QaVisit& visit : home.qaVisits) {
        if (visit.visitDate > today)
            future.insert(visit.id);
    }
    home.qaVisits.removeIf([&](const QaVisit& visit) { return future.contains(visit.id); });
    QSet<ChangeIdeaId> orphanIdeas;
    home.qaFindings.removeIf([&](const QaFinding& finding) {
        if (!future.contains(finding.visitId))
            return false;
        if (finding.changeIdeaId)
            orphanIdeas.insert(*finding.changeIdeaId);
        return true;
    });
    home.changeIdeas.removeIf([&](const ChangeIdea& idea) { return orphanIdeas.contains(idea.id); });
    // An action finished after today is still being worked on.
    for (QaFinding& finding : home.qaFindings) {
        if (finding.closedOn.isValid() && finding.closedOn > today) {
            finding.status = FindingStatus::InProgress;
            finding.closedOn = {};
        }
    }
    home.pharmacyQuestions.removeIf([&](const PharmacyQuestion& q) { return q.askedOn > today; });
    for (PharmacyQuestion& q : home.pharmacyQuestions) {
        if (q.answeredOn.isValid() && q.answeredOn > today) {
            q.answer.clear();
            q.answeredOn = {};
            q.ledToProcedureChange = false;
            q.goodToKnow = false;
        }
    }
}

} // namespace medsafe::demo
