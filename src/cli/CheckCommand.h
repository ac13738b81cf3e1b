#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `check --database FILE`: schema version (and whether opening it to work in would migrate it),
// the full PRAGMA integrity_check and row counts. Opens the file read-only (OpenMode::ReadOnly):
// it never creates, migrates or writes, and leaves no -wal/-shm files. Refuses a missing or
// 0-byte file, an SQLite file without Medicinsikker tables, a text file, a truncated file and a
// newer schema with a message and exit code 1; problems the integrity check finds are listed,
// also exit code 1. Every file is left byte-identical.
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check a database: schema version, integrity, row counts"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
