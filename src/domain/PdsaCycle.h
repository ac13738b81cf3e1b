#pragma once

#include "domain/RowVersion.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class PdsaStatus {
    Planned,
    Doing, // "Do" — the test is running
    Studying,
    Completed,
    Abandoned,
};

template <> struct EnumCodeTable<PdsaStatus> {
    static constexpr std::array<EnumCode<PdsaStatus>, 5> kEntries{{
        {PdsaStatus::Planned, "planned"},
        {PdsaStatus::Doing, "doing"},
        {PdsaStatus::Studying, "studying"},
        {PdsaStatus::Completed, "completed"},
        {PdsaStatus::Abandoned, "abandoned"},
    }};
};

enum class ActDecision {
    Adopt,   // implementér
    Adapt,   // tilpas
    Abandon, // forkast
    Expand,  // udvid
};

template <> struct EnumCodeTable<ActDecision> {
    static constexpr std::array<EnumCode<ActDecision>, 4> kEntries{{
        {ActDecision::Adopt, "adopt"},
        {ActDecision::Adapt, "adapt"},
        {ActDecision::Abandon, "abandon"},
        {ActDecision::Expand, "expand"},
    }};
};

// One PDSA cycle, laid out as Sundhedsstyrelsen's PDSA form: header, Plan, Do, Study, Act.
// A ramp is a chain of cycles linked through parentId.
struct PdsaCycle {
    PdsaCycleId id;
    BotilbudId botilbudId;
    int number = 1;
    QString title;
    std::optional<AimId> aimId;
    std::optional<ChangeIdeaId> changeIdeaId;
    QList<MeasureId> measureIds;
    PdsaStatus status = PdsaStatus::Planned;
    QDate startDate;
    QDate endDate;
    std::optional<PersonId> responsibleId;
    std::optional<PdsaCycleId> parentId;

    // Plan
    QString question;
    QString prediction;
    QString planWhat;
    QString planWho;
    QString planWhere;
    QString planWhen;
    QString dataPlan;
    // Do
    QString doWhatHappened;
    QString doProblems;
    QString doPlanChanges;
    QString doObservations;
    // Study
    QString studyResult; // result against the prediction
    QString studyLearning;
    // Act
    std::optional<ActDecision> decision;
    QString nextStep;
    RowVersion rowVersion; // see RowVersion: refuses a save over someone else's newer cycle

    friend bool operator==(const PdsaCycle&, const PdsaCycle&) = default;
};

} // namespace medsafe::domain
