#include "services/startup/StartupChecklist.h"

#include "services/programme/CompetenceService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/WorkflowService.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

Result<QList<ChecklistRow>> StartupChecklist::rows(BotilbudId botilbud, const QDate& today) const {
    auto stored = storage::ProgrammeRepository(m_db).checklist(botilbud);
    if (!stored) return stored.error();
    QList<ChecklistRow> list;
    for (const ChecklistItem& item : *stored) {
        ChecklistRow row;
        row.item = item;
        if (!item.isDone()) {
            auto tick = automaticTick(botilbud, item.kind, today);
            if (!tick) return tick.error();
            if (*tick) {
                row.item.doneDate = (*tick)->date;
                row.automatic = true;
                row.automaticReason = (*tick)->reason;
            }
        }
        list << row;
    }
    return list;
}

Result<std::optional<StartupChecklist::AutomaticTick>>
StartupChecklist::automaticTick(BotilbudId botilbud, ChecklistKind kind, const QDate& today) const {
    using Tick = std::optional<AutomaticTick>;
    switch (kind) {
    case ChecklistKind::WorkflowAnalysis: {
        auto before = WorkflowService(m_db).analysis(botilbud, AnalysisKind::Before);
        if (!before) return before.error();
        if (!*before || !(*before)->defaultStepsDescribed()) return Tick();
        return Tick(
            AutomaticTick{(*before)->analysedOn,
                          tr("the \"before\" workflow analysis describes who does each of the %n step(s) "
                             "and how",
                             "", int(WorkflowAnalysis::defaultStages().size()))});
    }
    case ChecklistKind::GuidelinesReviewed: {
        auto guidelines = GuidelineService(m_db).guidelines(botilbud);
        if (!guidelines) return guidelines.error();
        QDate latest;
        int inUse = 0;
        for (const Guideline& g : *guidelines) {
            if (g.status == GuidelineStatus::Retired) continue;
            ++inUse;
            if (!g.reviewedOn.isValid()) return Tick();
            if (!latest.isValid() || g.reviewedOn > latest) latest = g.reviewedOn;
        }
        if (inUse == 0) return Tick();
        return Tick(AutomaticTick{latest, tr("all %n guideline(s) in use have been reviewed", "", inUse)});
    }
    case ChecklistKind::DelegatedRightsReviewed: {
        auto delegations = DelegationService(m_db).delegations(botilbud);
        if (!delegations) return delegations.error();
        auto people = storage::PersonRepository(m_db).forBotilbud(botilbud, true);
        if (!people) return people.error();
        QDate latest;
        int staff = 0;
        for (const Person& p : *people) {
            if (!p.active || !p.handlesMedicine) continue;
            ++staff;
            bool covered = false;
            for (const Delegation& d : *delegations) {
                if (d.personId != p.id || !d.isCurrent(today)) continue;
                covered = true;
                if (!latest.isValid() || d.validFrom > latest) latest = d.validFrom;
            }
            if (!covered) return Tick();
        }
        if (staff == 0) return Tick();
        return Tick(AutomaticTick{
            latest, tr("all %n staff member(s) who handle medicine hold a current delegation", "", staff)});
    }
    case ChecklistKind::CompetencesReviewed: {
        const CompetenceService competence(m_db);
        auto rounds = competence.rounds(botilbud);
        if (!rounds) return rounds.error();
        QList<SurveyRound> sorted = *rounds;
        std::sort(sorted.begin(), sorted.end(),
                  [](const SurveyRound& a, const SurveyRound& b) { return a.date < b.date; });
        for (const SurveyRound& round : sorted) {
            auto answers = competence.answers(round.id);
            if (!answers) return answers.error();
            if (!answers->isEmpty() && round.date.isValid())
                return Tick(AutomaticTick{round.date,
                                          tr("the competence survey \"%1\" has answers").arg(round.name)});
        }
        return Tick();
    }
    case ChecklistKind::BaselineDone:
        return Tick();
    }
    return Tick();
}

NextStepPlace StartupChecklist::placeOf(ChecklistKind kind) {
    switch (kind) {
    case ChecklistKind::WorkflowAnalysis:
        return NextStepPlace::StartupWorkflow;
    case ChecklistKind::GuidelinesReviewed:
        return NextStepPlace::StartupGuidelines;
    case ChecklistKind::DelegatedRightsReviewed:
        return NextStepPlace::StartupDelegations;
    case ChecklistKind::CompetencesReviewed:
        return NextStepPlace::Competences;
    case ChecklistKind::BaselineDone:
        return NextStepPlace::Measurements;
    }
    return NextStepPlace::Overview;
}

} // namespace medsafe::services
