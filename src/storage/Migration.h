#pragma once

#include "domain/Result.h"
#include "storage/SqlDialect.h"

#include <QString>
#include <QStringList>

namespace medsafe::storage {

class Database;

// One numbered schema step. Released steps are never edited: a change to the schema is a new
// step appended to Migrator's list. `statements` returns the DDL/DML for the dialect; the
// Migrator runs them, plus the version bump, in one transaction. A step that must compute
// values SQL cannot (fresh UUIDs for existing rows) also gives `afterStatements`, which runs
// in the same transaction after the statements and before the version bump.
struct Migration {
    int version = 0;
    QString name;
    QStringList (*statements)(const SqlDialect& dialect) = nullptr;
    Status (*afterStatements)(Database& db) = nullptr;
};

// Defined in Migration001_InitialSchema.cpp.
Migration migration001InitialSchema();
// Defined in Migration002_PackageExchange.cpp.
Migration migration002PackageExchange();
// Defined in Migration003_PackageSigning.cpp.
Migration migration003PackageSigning();
// Defined in Migration004_RowVersions.cpp.
Migration migration004RowVersions();
// Defined in Migration005_PersonDates.cpp.
Migration migration005PersonDates();
// Defined in Migration006_AccountsAndAudit.cpp.
Migration migration006AccountsAndAudit();
// Defined in Migration007_Pharmacy.cpp.
Migration migration007Pharmacy();
Migration migration008PhasesOneAndThree();

} // namespace medsafe::storage
