#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace medsafe::cli {

// One sub-command of medicinsikker-cli ("demo", "check", "analyze", ...).
// A command parses its own arguments, writes results to `out` and problems to `err`,
// and returns the process exit code (0 = success). It never shows a dialog.
class Command {
public:
    virtual ~Command() = default;

    // The word typed after medicinsikker-cli.
    virtual QString name() const = 0;
    // One line for the overview printed by `medicinsikker-cli --help`.
    virtual QString summary() const = 0;
    // `args` holds the arguments after the command word.
    virtual int run(const QStringList& args, QTextStream& out, QTextStream& err) = 0;
    // Commands that draw (charts, PDF reports) need a QApplication on the offscreen platform;
    // the rest run on a plain QCoreApplication, which starts faster.
    virtual bool needsGui() const { return false; }
};

} // namespace medsafe::cli
