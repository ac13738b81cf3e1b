#pragma once

#include "domain/Botilbud.h"
#include "storage/Database.h"

#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

namespace medsafe::cli {

// Opens a database file the person named, which must already exist: a typo never leaves a new
// file behind. A connection string ("host=… dbname=…") opens that server database instead
// (ServerLogin asks for the password in a terminal when none is found); `hooks` are for files. Prints CliMessages' "no database file at …" or "cannot open …" (with the
// storage layer's reason, translated where it has one) and returns nothing on failure.
std::unique_ptr<storage::Database> openDatabase(const QString& command, const QString& path,
                                                storage::OpenMode mode, const storage::OpenHooks& hooks,
                                                QTextStream& err);

// openDatabase with OpenMode::OpenExisting and the backup service's hooks (a verified backup
// before any migration), as the app opens a file: a 0-byte or empty SQLite file is refused untouched.
std::unique_ptr<storage::Database> openExistingDatabase(const QString& command, const QString& path,
                                                        QTextStream& err);

// The botilbud with exactly this name, or nothing after printing why (and how to list them).
std::optional<domain::Botilbud> findBotilbud(const QString& command, storage::Database& db, const QString& name,
                                             QTextStream& err);

} // namespace medsafe::cli
