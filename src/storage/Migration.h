#pragma once

#include "storage/SqlDialect.h"

#include <QString>
#include <QStringList>

namespace medsafe::storage {

// One numbered schema step. Released steps are never edited: a change to the schema is a new
// step appended to Migrator's list. `statements` returns the DDL/DML for the dialect; the
// Migrator runs them, plus the version bump, in one transaction.
struct Migration {
    int version = 0;
    QString name;
    QStringList (*statements)(const SqlDialect& dialect) = nullptr;
};

// Defined in Migration001_InitialSchema.cpp.
Migration migration001InitialSchema();

} // namespace medsafe::storage
