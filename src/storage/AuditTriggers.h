#pragma once

#include "domain/Result.h"
#include "storage/AuditedTables.h"
#include "storage/SqlDialect.h"

#include <QStringList>

namespace medsafe::storage {

class Database;

// The triggers that write the audit trail, in the same transaction as every change.
// - SQLite: three triggers per table naming its columns (json_object), calling the functions
//   SqliteAuditFunctions registers. A later migration that adds a column to an audited table
//   must call recreateSqlite() for it, or the new column is left out of the recorded values.
// - PostgreSQL: one SECURITY DEFINER function (clients may read audit_entry but never write
//   it), one row trigger per table; the actor is the login (session_user), which a client
//   cannot choose.
class AuditTriggers {
public:
    static Status recreateSqlite(Database& db, const AuditedTable& table);
    // The triggers of the tables schema `version` created (AuditedTables::addedIn), and for
    // version 6, which started the trail, the trigger function itself.
    static QStringList postgresStatements(int version);
    // Row-level security on a server for the tables schema `version` created: a login sees and
    // changes only rows of its own botilbud (a PS! consultant: every botilbud); people, roles
    // and accounts change only by the botilbud's tovholder; every table is granted to PUBLIC,
    // the rows are what is guarded. Version 6 also creates the policy functions.
    static QStringList postgresRowSecurityStatements(int version);
};

} // namespace medsafe::storage
