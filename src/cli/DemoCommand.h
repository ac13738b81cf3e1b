#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `demo --out FILE [--seed N] [--botilbud N] [--months N] [--incidents N] [--force]`:
// generates the demo dataset (see docs/demo-data.md) and writes it into a new database file.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Create a demo database (or a large benchmark one)"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
