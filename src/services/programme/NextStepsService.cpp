#include "services/programme/NextStepsService.h"

#include "domain/DomainLabels.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/pdsa/PdsaService.h"
#include "services/programme/CompetenceService.h"
#include "services/programme/ProgrammeService.h"
#include "services/organisation/WorkingGroupCheck.h"
#include "services/report/MonthlyReportService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "storage/PersonRepository.h"
#include "storage/MeasureRepository.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QString longDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
}

QString monthName(const QDate& month) {
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace

Result<QList<NextStep>> NextStepsService::forBotilbud(BotilbudId botilbud, const QDate& today) const {
    QList<NextStep> steps;
    auto programme = ProgrammeService(m_db).programme(botilbud);
    if (!programme) return programme.error();
    if (!*programme) return steps; // no programme yet: nothing is due
    const Programme& plan = **programme;
    const QDate end = plan.endDate();
    if (end.isValid() && today > end) {
        steps.append({NextStepPlace::MonthlyReport,
                      tr("The programme ended on %1: write the final evaluation (Månedsrapport › Slutevaluering).")
                          .arg(longDate(end)),
                      end, false});
        return steps;
    }
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    const bool pastDeadline = today.day() > kMonthlyDeadlineDay;
    const QDate monthlyDeadline = QDate(today.year(), today.month(), kMonthlyDeadlineDay);

    // Events: the ones that should have been held, and the next one planned.
    auto events = ProgrammeService(m_db).events(botilbud);
    if (!events) return events.error();
    std::optional<ProgrammeEvent> next;
    for (const ProgrammeEvent& event : *events) {
        if (event.done) continue;
        if (event.date < today) {
            steps.append({NextStepPlace::Programme,
                          tr("%1 on %2 is not marked as held: mark it, or move its date.").arg(event.title, longDate(event.date)),
                          event.date, true});
        } else if (event.kind != EventKind::Other && (!next || event.date < next->date)) {
            next = event;
        }
    }
    if (next)
        steps.append({NextStepPlace::Programme,
                      tr("Next: %1, %2 (in %n day(s)).", "", int(today.daysTo(next->date))).arg(next->title, longDate(next->date)),
                      next->date, false});

    // The working group as the programme asks for it: a tovholder, a leader, 3 to 5 staff.
    auto people = storage::PersonRepository(m_db).forBotilbud(botilbud, true);
    if (!people) return people.error();
    for (const QString& warning : WorkingGroupCheck::warnings(*people))
        steps.append({NextStepPlace::People, warning + u' ' + tr("See Forløb og kompetencer › Organisation."), today, false});

    // PDSA cycles still running after their planned end.
    auto cycles = PdsaService(m_db).cycles(botilbud);
    if (!cycles) return cycles.error();
    for (const PdsaCycle& cycle : *cycles) {
        const bool open = cycle.status != PdsaStatus::Completed && cycle.status != PdsaStatus::Abandoned;
        if (open && cycle.endDate.isValid() && cycle.endDate < today)
            steps.append({NextStepPlace::Pdsa,
                          tr("PDSA cycle %1 (%2) was planned to end on %3: study it and decide what to do next.")
                              .arg(cycle.number)
                              .arg(cycle.title, longDate(cycle.endDate)),
                          cycle.endDate, true});
    }

    // Refresher training past due, or due within a month.
    auto training = CompetenceService(m_db).training(botilbud);
    if (!training) return training.error();
    int overdueTraining = 0;
    int soonTraining = 0;
    QDate oldest;
    for (const TrainingRecord& record : *training) {
        if (!record.refresherDue.isValid()) continue;
        if (record.refresherDue < today) {
            ++overdueTraining;
            if (!oldest.isValid() || record.refresherDue < oldest) oldest = record.refresherDue;
        } else if (today.daysTo(record.refresherDue) <= kSoonDays) {
            ++soonTraining;
        }
    }
    if (overdueTraining > 0)
        steps.append({NextStepPlace::Training,
                      tr("%n refresher training(s) are overdue (the oldest since %1).", "", overdueTraining).arg(longDate(oldest)),
                      oldest, true});
    if (soonTraining > 0)
        steps.append({NextStepPlace::Training, tr("%n refresher training(s) are due within a month.", "", soonTraining),
                      today.addDays(kSoonDays), false});

    // The pharmacy's findings whose action is past its deadline.
    auto overdueFindings = QaVisitService(m_db).overdueFindings(botilbud, today);
    if (!overdueFindings) return overdueFindings.error();
    if (!overdueFindings->isEmpty()) {
        const QDate due = overdueFindings->constFirst().finding.dueDate; // most overdue first
        steps.append({NextStepPlace::PharmacyFindings,
                      tr("%n action(s) after the pharmacy's quality assurance are past their deadline (the oldest "
                         "since %1).",
                         "", int(overdueFindings->size()))
                          .arg(longDate(due)),
                      due, true});
    }

    // Last month's measurements and monthly report, once the programme has a last month.
    if (lastMonth >= QDate(plan.startDate.year(), plan.startDate.month(), 1)) {
        // Only the typed measures' stored values: the grid's derived series (read from every
        // incident) would cost the overview far more than this question needs.
        const storage::MeasureRepository repository(m_db);
        auto measures = repository.forBotilbud(botilbud, true);
        if (!measures) return measures.error();
        int typed = 0;
        int missing = 0;
        for (const Measure& measure : *measures) {
            if (measure.derivedFromIncidents) continue;
            ++typed;
            auto values = repository.series(measure.id);
            if (!values) return values.error();
            const bool entered = std::any_of(values->begin(), values->end(),
                                             [&](const Measurement& m) { return m.period == lastMonth; });
            if (!entered) ++missing;
        }
        if (missing > 0)
            steps.append({NextStepPlace::Measurements,
                          tr("Measurements for %1: %2 of %3 measures have no value yet.").arg(monthName(lastMonth)).arg(missing).arg(typed),
                          monthlyDeadline, pastDeadline});
        auto report = MonthlyReportService(m_db).forMonth(botilbud, lastMonth);
        if (!report) return report.error();
        if (!*report || (*report)->status == ReportStatus::Draft)
            steps.append({NextStepPlace::MonthlyReport,
                          tr("The monthly report for %1 has not been sent to PS! yet.").arg(monthName(lastMonth)),
                          monthlyDeadline, pastDeadline});
    }

    // The start-up work's registers: delegations running out and guidelines past their review.
    if (auto status = addStartupSteps(botilbud, today, steps); !status) return status.error();

    // The start-up checklist: due while phase 1 runs, overdue after it.
    {
        auto checklist = ProgrammeService(m_db).checklist(botilbud, today);
        if (!checklist) return checklist.error();
        QStringList open;
        for (const ChecklistItem& item : *checklist)
            if (!item.isDone()) open << DomainLabels::label(item.kind).toLower();
        if (!open.isEmpty())
            steps.append({NextStepPlace::Overview,
                          tr("Start-up checklist: %1 still to do.").arg(QLocale().createSeparatedList(open)),
                          today, plan.phaseAt(today).value_or(Phase::PreparationAndStart) != Phase::PreparationAndStart});
    }

    std::stable_sort(steps.begin(), steps.end(), [](const NextStep& a, const NextStep& b) {
        if (a.overdue != b.overdue) return a.overdue;
        return a.date < b.date;
    });
    return steps;
}

Status NextStepsService::addStartupSteps(BotilbudId botilbud, const QDate& today, QList<NextStep>& steps) const {
    const DelegationService delegations(m_db);
    auto soon = delegations.expiringSoon(botilbud, today);
    if (!soon) return soon.error();
    if (!soon->isEmpty()) {
        const QDate first = soon->constFirst().validTo; // soonest first
        steps.append({NextStepPlace::StartupDelegations,
                      tr("%n delegation(s) expire within 30 days (the first on %1): renew them with the doctor.",
                         "", int(soon->size()))
                          .arg(longDate(first)),
                      first, false});
    }
    auto expired = delegations.expiredUnrenewed(botilbud, today);
    if (!expired) return expired.error();
    if (!expired->isEmpty()) {
        const QDate latest = expired->constFirst().validTo; // most recently ended first
        steps.append({NextStepPlace::StartupDelegations,
                      tr("%n delegation(s) of active staff have expired (the latest on %1): renew them or "
                         "end the task.",
                         "", int(expired->size()))
                          .arg(longDate(latest)),
                      latest, true});
    }
    auto overdueGuidelines = GuidelineService(m_db).overdue(botilbud, today);
    if (!overdueGuidelines) return overdueGuidelines.error();
    if (!overdueGuidelines->isEmpty()) {
        const QDate oldest = overdueGuidelines->constFirst().nextReviewOn; // most overdue first
        steps.append({NextStepPlace::StartupGuidelines,
                      tr("%n guideline(s) are past their review date (the oldest since %1).", "",
                         int(overdueGuidelines->size()))
                          .arg(longDate(oldest)),
                      oldest, true});
    }
    return success();
}

} // namespace medsafe::services
