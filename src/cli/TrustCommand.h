#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `trust --database FILE --package PACKAGE [--fingerprint XXXX-XXXX-XXXX-XXXX] [--replace]`:
// shows who signed the package (the botilbud, or the consultant for feedback) and the key's
// fingerprint, and stores the key as trusted for that botilbud, so its packages are imported
// from now on. Compare the fingerprint with the sender by phone first; with --fingerprint the
// key is stored only when it matches what was read out. Another key already trusted for the
// botilbud is replaced only with --replace.
class TrustCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)

public:
    QString name() const override { return QStringLiteral("trust"); }
    QString summary() const override {
        return tr("Trust the key that signed a package (after comparing its fingerprint)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
