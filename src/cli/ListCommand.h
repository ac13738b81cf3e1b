#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `list botilbud --database FILE` and `list measures --database FILE --botilbud NAME`:
// one name a line and nothing else, for scripts.
class ListCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List botilbud or measures, one name a line"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
