#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `fingerprint --database FILE`: prints the fingerprint of this database's package-signing key
// (made now if the database has none yet), to read over the phone to the other party, and the
// keys this database trusts.
class FingerprintCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(FingerprintCommand)

public:
    QString name() const override { return QStringLiteral("fingerprint"); }
    QString summary() const override {
        return tr("Show this database's package-signing fingerprint and the keys it trusts");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
