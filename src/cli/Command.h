#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace medsafe::cli {

// One sub-command of medicinsikker-cli ("demo", "check", "analyze", ...).
// A command parses its own arguments, writes results to `out` and problems to `err`,
// and returns the process exit code (0 = success). It never shows a dialog. Its texts go
// through tr() with the command's class as context (Q_DECLARE_TR_FUNCTIONS), so the CLI speaks
// the language main() installed; messages several commands share come from CliMessages.
class Command {
public:
    virtual ~Command() = default;

    // The word typed after medicinsikker-cli (never translated).
    virtual QString name() const = 0;
    // One line for the overview printed by `medicinsikker-cli --help` (translated).
    virtual QString summary() const = 0;
    // `args` holds the arguments after the command word.
    virtual int run(const QStringList& args, QTextStream& out, QTextStream& err) = 0;
    // Commands that draw (charts, PDF reports) need a QApplication on the offscreen platform;
    // the rest run on a plain QCoreApplication, which starts faster.
    virtual bool needsGui() const { return false; }
};

} // namespace medsafe::cli
