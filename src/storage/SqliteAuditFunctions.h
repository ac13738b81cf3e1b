#pragma once

#include "domain/Result.h"
#include "storage/AuditContext.h"

#include <QSqlDatabase>

namespace medsafe::storage {

// Registers on one open SQLite connection the SQL functions the schema-6 audit triggers call:
//   medsafe_audit_on()            1 unless recording is paused
//   medsafe_actor(table, action)  the signed-in login ("anonym" for an anonymous incident insert)
//   medsafe_now()                 UTC now, ISO-8601 with milliseconds
//   medsafe_audit_hash(9 fields)  AuditChain::entryHash
// `context` must outlive the connection. A connection without them (the sqlite3 shell) cannot
// change an audited table at all: the trigger fails with "no such function", so every change
// that reaches the file is one the trail recorded.
Status installSqliteAuditFunctions(const QSqlDatabase& db, AuditContext* context);

} // namespace medsafe::storage
