#pragma once

#include "domain/Result.h"

#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// The work of phases 1 and 3 that builds on a written demo database: the workflow analysis,
// guidelines and delegations (DemoStartupBuilder) and the sustain plans of the adopted changes
// (DemoSustainBuilder). One call for the app's demo and the CLI's, so both get the same data;
// `asOf` as in DemoOptions (null: the finished programme).
class DemoPhaseWork {
public:
    static Status add(storage::Database& db, const QDate& asOf);
};

} // namespace medsafe::demo
