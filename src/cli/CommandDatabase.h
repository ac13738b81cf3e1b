#pragma once

#include "domain/Botilbud.h"

#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::cli {

// Opens a database file that must already be a Medicinsikker database (OpenMode::OpenExisting):
// a typo never leaves a new file behind, and a 0-byte or empty SQLite file is refused untouched. Prints
// "<command>: no database file at …" or "… cannot open …" and returns nothing on failure.
std::unique_ptr<storage::Database> openExistingDatabase(const QString& command, const QString& path,
                                                        QTextStream& err);

// The botilbud with exactly this name, or nothing after printing why (and how to list them).
std::optional<domain::Botilbud> findBotilbud(const QString& command, storage::Database& db, const QString& name,
                                             QTextStream& err);

} // namespace medsafe::cli
