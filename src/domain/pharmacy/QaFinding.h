#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class FindingSeverity { Low, Medium, High };

template <> struct EnumCodeTable<FindingSeverity> {
    static constexpr std::array<EnumCode<FindingSeverity>, 3> kEntries{{
        {FindingSeverity::Low, "low"},
        {FindingSeverity::Medium, "medium"},
        {FindingSeverity::High, "high"},
    }};
};

enum class FindingStatus { Open, InProgress, Closed };

template <> struct EnumCodeTable<FindingStatus> {
    static constexpr std::array<EnumCode<FindingStatus>, 3> kEntries{{
        {FindingStatus::Open, "open"},
        {FindingStatus::InProgress, "in_progress"},
        {FindingStatus::Closed, "closed"},
    }};
};

// What a visit found not compliant, and what the botilbud does about it: the action, who is
// responsible, by when, and how far it is. A finding may be taken into the improvement work
// as a change idea (and so tested in PDSA cycles); the link is kept both ways.
struct QaFinding {
    QaFindingId id;
    QaVisitId visitId;
    QaChecklistItemId itemId;
    FindingSeverity severity = FindingSeverity::Medium;
    QString action;
    std::optional<PersonId> responsible;
    QDate dueDate;
    FindingStatus status = FindingStatus::Open;
    QDate closedOn; // set when closed
    std::optional<ChangeIdeaId> changeIdeaId;
    RowVersion rowVersion;

    bool isOverdue(const QDate& today) const {
        return status != FindingStatus::Closed && dueDate.isValid() && dueDate < today;
    }
    friend bool operator==(const QaFinding&, const QaFinding&) = default;
};

} // namespace medsafe::domain
