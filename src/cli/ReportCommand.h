#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `report --database F (--botilbud NAME [--month YYYY-MM] --out F.pdf | --all --out DIR)`:
// the monthly report for PS! as an A4 PDF, exactly as the application makes it (small counts
// shown as "<5", staff names and CPR-shaped numbers replaced). The month defaults to the
// latest month with measurements. `--all` writes one PDF per botilbud into DIR.
// `--final` makes the final evaluation over the whole programme instead.
// Reads the database only.
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return tr("Write the monthly report (or final evaluation) as PDF"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
    bool needsGui() const override { return true; }
};

} // namespace medsafe::cli
