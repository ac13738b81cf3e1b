#pragma once

#include "domain/EnumCodes.h"
#include "domain/RowVersion.h"
#include "domain/startup/StartupIds.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class GuidelineStatus { Current, NeedsRevision, UnderRevision, Retired };

template <> struct EnumCodeTable<GuidelineStatus> {
    static constexpr std::array<EnumCode<GuidelineStatus>, 4> kEntries{{
        {GuidelineStatus::Current, "current"},
        {GuidelineStatus::NeedsRevision, "needs_revision"},
        {GuidelineStatus::UnderRevision, "under_revision"},
        {GuidelineStatus::Retired, "retired"},
    }};
};

// A local guideline (instruks) for medication handling, and what its last review found.
struct Guideline {
    GuidelineId id;
    BotilbudId botilbudId;
    QString title;
    QString version;
    QDate issuedOn;
    std::optional<PersonId> ownerId;
    QDate nextReviewOn;
    GuidelineStatus status = GuidelineStatus::Current;
    QDate reviewedOn;
    QString finding;
    RowVersion rowVersion;

    // A guideline still in use whose review date has passed. A retired one is never overdue.
    bool isReviewOverdue(const QDate& today) const {
        return status != GuidelineStatus::Retired && nextReviewOn.isValid() && nextReviewOn < today;
    }
    friend bool operator==(const Guideline&, const Guideline&) = default;
};

} // namespace medsafe::domain
