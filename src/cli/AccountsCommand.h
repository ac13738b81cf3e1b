#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `accounts --database FILE [--reset LOGIN]`: lists who may sign in (login, name, roles, whether
// locked or waiting for a new password); with --reset gives LOGIN a new temporary password,
// printed once, which also lifts a lock-out. For the file's owner, e.g. when the only
// tovholder has forgotten her password (the app's reset is the tovholder's own task).
class AccountsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override {
        return tr("List the sign-in accounts, or give one a new temporary password");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
