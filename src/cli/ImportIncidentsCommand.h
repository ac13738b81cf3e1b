#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `import-incidents --database FILE --botilbud NAME --csv FILE`: adds the incidents of a CSV file
// (Danish Excel or plain comma) to one botilbud, all or nothing. The file is read and checked
// before the database is opened, so a file with one bad row leaves the database byte-identical.
// Rows already in the database (same natural key) are skipped, so importing twice adds nothing.
class ImportIncidentsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportIncidentsCommand)

public:
    QString name() const override { return QStringLiteral("import-incidents"); }
    QString summary() const override { return tr("Import incidents from CSV, all or nothing"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
