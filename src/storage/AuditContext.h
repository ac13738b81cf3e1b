#pragma once

#include <QString>

namespace medsafe::storage {

// What the audit triggers of one connection need to know about the session: who is working,
// whether the next incident insert is an anonymous report, and whether recording is paused
// (only while a whole database is copied, entries and all). On SQLite the registered SQL
// functions read it; on PostgreSQL the server knows the login itself and reads the
// transaction-local settings Database sets.
struct AuditContext {
    QString actor;
    bool anonymousIncident = false;
    bool paused = false;
};

} // namespace medsafe::storage
