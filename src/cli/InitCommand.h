#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `init --out FILE`: creates an empty, migrated database — a PS! consultant's database starts
// empty and fills with imported packages. Refuses to touch an existing file.
class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create an empty database"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
