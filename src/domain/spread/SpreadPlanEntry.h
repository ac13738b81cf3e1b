#pragma once

#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

using SpreadPlanId = Id<struct SpreadPlanTag>;

// One line of the spread plan agreed with PS!: the change (by its spread key, with its title so
// the plan reads on its own) is to be taken up by the botilbud `botilbudId` in `plannedMonth`.
// Lives in the consultant's database, where every botilbud of the programme is a row.
struct SpreadPlanEntry {
    SpreadPlanId id;
    BotilbudId botilbudId; // the target botilbud
    QString spreadKey;
    QString changeTitle;
    QDate plannedMonth; // first day of the month
    QString note;
    RowVersion rowVersion;

    friend bool operator==(const SpreadPlanEntry&, const SpreadPlanEntry&) = default;
};

} // namespace medsafe::domain
