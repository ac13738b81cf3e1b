#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class TrainingProvider {
    Pharmacy,
    PatientSafety, // PS!
    Internal,
    Other,
};

template <> struct EnumCodeTable<TrainingProvider> {
    static constexpr std::array<EnumCode<TrainingProvider>, 4> kEntries{{
        {TrainingProvider::Pharmacy, "pharmacy"},
        {TrainingProvider::PatientSafety, "ps"},
        {TrainingProvider::Internal, "internal"},
        {TrainingProvider::Other, "other"},
    }};
};

// A course a person completed, and when a refresher is due (the pharmacies ask for regular
// refresher training, so the due date drives reminders).
struct TrainingRecord {
    TrainingRecordId id;
    PersonId personId;
    QString course;
    TrainingProvider provider = TrainingProvider::Internal;
    QDate completedDate;
    QDate refresherDue; // null = no refresher planned
    QString note;
    // The pharmacy agreement a pharmacy course was given under, and the competence topic it
    // trains (the topic's refresher interval sets refresherDue when none is typed).
    std::optional<PharmacyAgreementId> agreementId;
    std::optional<CompetenceTopicId> topicId;

    friend bool operator==(const TrainingRecord&, const TrainingRecord&) = default;
};

} // namespace medsafe::domain
