#pragma once

#include "domain/Result.h"

#include <QDate>
#include <cstdint>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// Adds phase 1's work with content to every local botilbud of a written demo database: the
// "before" workflow analysis late in phase 1 (after the baseline months) with all eight steps described and
// five findings (the first taken into the driver diagram as a change idea), the "after" analysis
// a month into phase 3 when the programme has got that far, eight local guidelines reviewed in
// phase 1 (two past their next review, one under revision, one retired) and a delegation for
// every active staff member who handles medicine — two running out within 30 days of `asOf`,
// one expired and not renewed. Writes through the repositories in one transaction per botilbud;
// deterministic for a given database and `asOf` (null: the programme is finished, its end date
// counts). Runs after DemoWriter.
class DemoStartupBuilder {
public:
    static constexpr std::uint64_t kSeed = 20261206;
    // Days into the programme: late in phase 1, with the baseline's incidents counted beside the steps.
    static constexpr int kBeforeDay = 130;
    static constexpr int kAfterDay = 30;     // days into phase 3
    static constexpr int kReviewMonths = 12; // guidelines are reviewed yearly

    static Status add(storage::Database& db, const QDate& asOf = {});
};

} // namespace medsafe::demo
