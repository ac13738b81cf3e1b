#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `init --out FILE`: creates an empty, migrated database — a PS! consultant's database starts
// empty and fills with imported packages. Refuses to touch an existing file.
class InitCommand : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create an empty database"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
