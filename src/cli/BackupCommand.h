#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `backup --database FILE [--out FILE]`: a consistent copy (VACUUM INTO, 0600), verified by
// opening it read-only and running the full integrity check. Without --out it goes into the
// rotation in `backups/` beside the database (then pruned to 7 daily, 4 weekly, 12 monthly).
// The database is opened read-only: a backup never migrates or changes it.
class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return tr("Make a verified backup of a database"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
