#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `export-incidents --database FILE [--botilbud NAME] --out FILE [--comma]`: every incident
// field, description included, under Danish column headers; UTF-8 with BOM and ';' for Danish
// Excel by default, plain comma CSV with --comma. The reporter is never written.
class ExportIncidentsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportIncidentsCommand)

public:
    QString name() const override { return QStringLiteral("export-incidents"); }
    QString summary() const override { return tr("Export incidents to CSV (Danish Excel or --comma)"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
