#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QString>
#include <array>
#include <optional>

namespace medsafe::domain {

using SustainPlanId = Id<struct SustainPlanTag>;

// How often a check of an adopted change is made.
enum class CheckFrequency {
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
};

template <> struct EnumCodeTable<CheckFrequency> {
    static constexpr std::array<EnumCode<CheckFrequency>, 6> kEntries{{
        {CheckFrequency::Weekly, "weekly"},
        {CheckFrequency::Fortnightly, "fortnightly"},
        {CheckFrequency::Monthly, "monthly"},
        {CheckFrequency::Quarterly, "quarterly"},
        {CheckFrequency::HalfYearly, "half_yearly"},
        {CheckFrequency::Yearly, "yearly"},
    }};
};

// One row of an adopted change's fastholdelsesplan: who checks what, how often, optionally
// against which measure, and when it was last checked. The plan keeps a gain from fading
// once the PDSA cycles stop.
struct SustainPlanRow {
    SustainPlanId id;
    BotilbudId botilbudId;
    ChangeIdeaId changeIdeaId;
    QString whatChecked; // "Stikprøve af 10 doseringsæsker: er dobbeltkontrollen kvitteret?"
    std::optional<PersonId> responsibleId;
    CheckFrequency frequency = CheckFrequency::Monthly;
    std::optional<MeasureId> measureId;
    QDate lastCheckedOn; // null = not checked yet
    QString note;
    RowVersion rowVersion;

    // The day after `from` on which the next check falls due by the frequency.
    static QDate dueAfter(const QDate& from, CheckFrequency frequency) {
        switch (frequency) {
        case CheckFrequency::Weekly:
            return from.addDays(7);
        case CheckFrequency::Fortnightly:
            return from.addDays(14);
        case CheckFrequency::Monthly:
            return from.addMonths(1);
        case CheckFrequency::Quarterly:
            return from.addMonths(3);
        case CheckFrequency::HalfYearly:
            return from.addMonths(6);
        case CheckFrequency::Yearly:
            return from.addYears(1);
        }
        return from;
    }
    // When the next check is due; null when it has never been checked (due now).
    QDate nextDue() const { return lastCheckedOn.isValid() ? dueAfter(lastCheckedOn, frequency) : QDate(); }
    // Due before `today` and not done, or never checked at all.
    bool overdueOn(const QDate& today) const {
        const QDate due = nextDue();
        return !due.isValid() || due < today;
    }

    friend bool operator==(const SustainPlanRow&, const SustainPlanRow&) = default;
};

} // namespace medsafe::domain
