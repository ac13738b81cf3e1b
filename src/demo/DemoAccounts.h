#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"

#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// Sign-in accounts for the demo's own botilbud, so every role can be tried: the tovholder,
// the leader, a working-group member, a staff member and the PS! consultant, each with a login
// made from the first name and the one published demo password. Received botilbud get none.
class DemoAccounts {
public:
    static constexpr const char* kPassword = "demo-kodeord";
    // Who the audit trail names for the demo's invented history.
    static constexpr const char* kAuditActor = "demo";
    static Status addFor(storage::Database& db, domain::BotilbudId botilbud);
    // "Åse Øster" -> "aase".
    static QString loginFor(const QString& name);
};

} // namespace medsafe::demo
