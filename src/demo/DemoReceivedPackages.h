#pragma once

#include "domain/Result.h"

#include <QDate>

#include <cstdint>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// Makes a demo database look like a PS! consultant's too: generates `count` more fictional
// botilbud, has each of them send its monthly reports of the last `months` months as data
// packages (through the real package writer and importer, so the demo exercises the same path
// as real files), and writes the consultant's feedback on the reports that had feedback at
// home. The received botilbud keep origin "package": they appear in the consultant's
// overview, never in the tovholder's botilbud selector. Names already in the database are
// skipped, so the local demo botilbud is never shadowed.
// Spreading (issue 16): before packaging, each generated botilbud's change ideas get the shared
// spread keys and a different mix of statuses (DemoSpreadBuilder::varyHome); at the end two
// spread-plan rows are added, so the consultant's spread matrix has something to show; and the
// database's own botilbud receives one change package (DemoSpreadBuilder::addReceivedChangeToLocal).
class DemoReceivedPackages {
public:
    static constexpr int kDefaultCount = 5;
    static constexpr int kDefaultMonths = 12;
    static constexpr std::uint64_t kDefaultSeed = 20240102;

    // `asOf` as in DemoOptions: the received botilbud run their programmes up to that date
    // (null = finished in December 2025), so they match the home botilbud's calendar.
    static Status add(storage::Database& target, int count = kDefaultCount, int months = kDefaultMonths,
                      std::uint64_t seed = kDefaultSeed, const QDate& asOf = {});
};

} // namespace medsafe::demo
