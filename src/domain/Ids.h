#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace medsafe::domain {

// A strongly typed database id: a PersonId cannot be passed where a MeasureId is expected.
// The tag type only distinguishes the ids; value 0 means "not stored yet".
template <typename Tag> struct Id {
    qint64 value = 0;

    bool isValid() const { return value > 0; }
    friend bool operator==(Id a, Id b) { return a.value == b.value; }
    friend auto operator<=>(Id a, Id b) { return a.value <=> b.value; }
};

template <typename Tag> size_t qHash(Id<Tag> id, size_t seed = 0) noexcept {
    return ::qHash(id.value, seed);
}

using BotilbudId = Id<struct BotilbudTag>;
using PersonId = Id<struct PersonTag>;
using ProgrammeEventId = Id<struct ProgrammeEventTag>;
using AimId = Id<struct AimTag>;
using DriverId = Id<struct DriverTag>;
using ChangeIdeaId = Id<struct ChangeIdeaTag>;
using MeasureId = Id<struct MeasureTag>;
using MeasurementId = Id<struct MeasurementTag>;
using PdsaCycleId = Id<struct PdsaCycleTag>;
using IncidentId = Id<struct IncidentTag>;
using CompetenceTopicId = Id<struct CompetenceTopicTag>;
using SurveyRoundId = Id<struct SurveyRoundTag>;
using TrainingRecordId = Id<struct TrainingRecordTag>;
using MonthlyReportId = Id<struct MonthlyReportTag>;
using PharmacyAgreementId = Id<struct PharmacyAgreementTag>;
using QaChecklistId = Id<struct QaChecklistTag>;
using QaChecklistItemId = Id<struct QaChecklistItemTag>;
using QaVisitId = Id<struct QaVisitTag>;
using QaFindingId = Id<struct QaFindingTag>;
using PharmacyQuestionId = Id<struct PharmacyQuestionTag>;

} // namespace medsafe::domain
