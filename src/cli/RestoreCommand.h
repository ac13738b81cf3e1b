#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `restore --database FILE --from BACKUP`: replaces FILE with the backup after checking that
// the backup is an undamaged Medicinsikker database (else refused, nothing changed), and keeps
// the current FILE as a "before-restore" backup in `backups/` first. Close the app first.
class RestoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override {
        return tr("Replace a database with a backup (the current file is kept as a backup)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
