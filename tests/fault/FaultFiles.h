#pragma once

// Real database files for the fault tests: a demo botilbud written by the real writer, and a
// snapshot of everything SQLite keeps on disk for a file (the file and its write-ahead log), so
// a refused import can be shown to have left the bytes exactly as they were.
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>

namespace medsafe::fault {

// A demo database of one botilbud (seeded) at `path`, opened for writing.
std::unique_ptr<storage::Database> writeDemoDatabase(const QString& path, std::uint64_t seed);
std::unique_ptr<storage::Database> openExisting(const QString& path);

// The bytes of the database file and of its -wal file (when there is one), each behind its
// name. Kept whole rather than hashed: comparing two snapshots is a memcmp, while hashing a
// few megabytes twice per round made hashing most of the suite's run time.
QByteArray onDiskBytes(const QString& databasePath);

void writeFile(const QString& path, const QByteArray& bytes);

} // namespace medsafe::fault
