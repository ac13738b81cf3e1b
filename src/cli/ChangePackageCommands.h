#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `export-change --database F --botilbud NAME --change TITLE --out F.json`: writes an adopted
// change of the botilbud as a change package (forandringspakke) for other botilbud — the idea,
// its driver, its anonymised PDSA story and the measures that showed it worked — signed with
// the database's key. The first export gives the change its spread key.
class ExportChangeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportChangeCommand)

public:
    QString name() const override { return QStringLiteral("export-change"); }
    QString summary() const override {
        return tr("Write an adopted change as a change package for other botilbud");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

// `import-change --database F --botilbud NAME FILE`: takes a change package into the botilbud,
// all or nothing: a change idea under its driver, a planned first PDSA cycle and the origin
// kept. The same change again changes nothing; a bad package is refused whole with the reason.
// The sender's key must be trusted first (`trust --package FILE`).
class ImportChangeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportChangeCommand)

public:
    QString name() const override { return QStringLiteral("import-change"); }
    QString summary() const override {
        return tr("Take a change package from another botilbud into a botilbud");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
