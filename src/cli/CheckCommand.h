#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `check --database FILE`: schema version, integrity and row counts of a database. Refuses a
// missing file (it never creates one) and anything the storage layer refuses to open — a text
// file, a truncated or damaged database, a newer schema — with a message and exit code 1;
// such a file is left byte-identical.
class CheckCommand : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("Check a database: schema version, integrity, row counts"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
