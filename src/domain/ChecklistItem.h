#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// The start-up tasks of phase 1.
enum class ChecklistKind {
    WorkflowAnalysis,
    GuidelinesReviewed,
    CompetencesReviewed,
    DelegatedRightsReviewed,
    BaselineDone,
};

template <> struct EnumCodeTable<ChecklistKind> {
    static constexpr std::array<EnumCode<ChecklistKind>, 5> kEntries{{
        {ChecklistKind::WorkflowAnalysis, "workflow_analysis"},
        {ChecklistKind::GuidelinesReviewed, "guidelines_reviewed"},
        {ChecklistKind::CompetencesReviewed, "competences_reviewed"},
        {ChecklistKind::DelegatedRightsReviewed, "delegated_rights_reviewed"},
        {ChecklistKind::BaselineDone, "baseline_done"},
    }};
};

// One start-up checklist item of a botilbud; done when doneDate is valid.
struct ChecklistItem {
    BotilbudId botilbudId;
    ChecklistKind kind = ChecklistKind::WorkflowAnalysis;
    QDate doneDate; // null = not done yet
    QString note;

    bool isDone() const { return doneDate.isValid(); }
    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

} // namespace medsafe::domain
