#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `import-package --database FILE PACKAGE...`: merges data packages into an existing database,
// each file in its own transaction — monthly reports into the consultant's database, feedback
// into the botilbud's. Prints one line per file (imported, already imported, refused and why);
// the exit code is 1 when any file was refused.
class ImportPackageCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportPackageCommand)

public:
    QString name() const override { return QStringLiteral("import-package"); }
    QString summary() const override { return tr("Import data packages (reports or feedback)"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
