#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `export-package --database FILE --botilbud NAME [--month YYYY-MM] --out FILE.json`: writes the
// month's report of a botilbud as an anonymised data package (docs/package-format.md) and marks
// a draft report sent — a write to the database, which its --help and its message say. The month defaults to the month a report would be made for (the latest
// month with measurements). With `--feedback`, from the consultant's database: writes PS!'s
// feedback on that month's report (default: the latest report with feedback) for the botilbud.
class ExportPackageCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportPackageCommand)

public:
    QString name() const override { return QStringLiteral("export-package"); }
    QString summary() const override {
        return tr("Write a month's report (or PS! feedback) as a data package; marks the report sent");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
