#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `analyze`: runs the chart engine on an oracle case file (--case) or on a person's CSV file
// (--chart TYPE --csv FILE ...) and prints the result as JSON in the oracle case format
// ({"id", "outputs"}, plus "explanation" with --explain). Reads files only, writes nothing.
// Bad files and bad data give a message on `err` and exit code 1; bad arguments exit code 2.
class AnalyzeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override { return tr("Run or control chart analysis of a case file or CSV file, as JSON"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
