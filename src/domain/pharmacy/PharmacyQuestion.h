#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class QuestionCategory { Interaction, SideEffect, Dosing, Storage, CrushingSplitting, Other };

template <> struct EnumCodeTable<QuestionCategory> {
    static constexpr std::array<EnumCode<QuestionCategory>, 6> kEntries{{
        {QuestionCategory::Interaction, "interaction"},
        {QuestionCategory::SideEffect, "side_effect"},
        {QuestionCategory::Dosing, "dosing"},
        {QuestionCategory::Storage, "storage"},
        {QuestionCategory::CrushingSplitting, "crushing"},
        {QuestionCategory::Other, "other"},
    }};
};

// An everyday medicine question the staff put to the pharmacy (the pharmacies' "network"),
// its answer, and whether it changed a procedure. Answers marked good to know are the staff's
// shared notes. Never a resident's name or CPR number: the question is about the medicine.
struct PharmacyQuestion {
    PharmacyQuestionId id;
    BotilbudId botilbudId;
    QDate askedOn;
    std::optional<PersonId> askedBy;
    QuestionCategory category = QuestionCategory::Other;
    QString question;
    QString answer;
    QDate answeredOn; // null while unanswered
    bool ledToProcedureChange = false;
    bool goodToKnow = false;
    RowVersion rowVersion;

    bool isAnswered() const { return answeredOn.isValid(); }
    friend bool operator==(const PharmacyQuestion&, const PharmacyQuestion&) = default;
};

} // namespace medsafe::domain
