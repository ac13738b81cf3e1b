// medicinsikker-cli: headless jobs on a Medicinsikker database (demo data, checks, analysis,
// charts, reports, import and export). Each sub-command lives in its own class.

#include "cli/CliMessages.h"
#include "cli/CommandRegistry.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

using medsafe::cli::Command;

namespace {

// The overview's texts are in the context "CliMain"; command names stay as they are typed.
void printOverview(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands) {
    out << QCoreApplication::translate(
               "CliMain", "Usage: medicinsikker-cli [--verbose] [--lang da|en] COMMAND [OPTIONS]")
        << "\n\n"
        << QCoreApplication::translate("CliMain", "Commands:") << "\n";
    for (const auto& command : commands)
        out << "  " << command->name().leftJustified(18) << command->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("CliMain",
                                       "'medicinsikker-cli COMMAND --help' describes a command's options.")
        << "\n"
        << QCoreApplication::translate("CliMain",
                                       "Texts are in Danish; --lang en before the command gives English. "
                                       "--verbose also shows the log on the screen.")
        << "\n";
}

} // namespace

int main(int argc, char* argv[]) {
    // Global options come before the command word; everything after it belongs to the command.
    bool verbose = false;
    QString language = QStringLiteral("da");
    int commandIndex = 1;
    for (; commandIndex < argc; ++commandIndex) {
        const QString arg = QString::fromLocal8Bit(argv[commandIndex]);
        if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            verbose = true;
        } else if (arg == QLatin1String("--lang") && commandIndex + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++commandIndex]);
        } else {
            break;
        }
    }

    auto commands = medsafe::cli::allCommands();
    Command* chosen = nullptr;
    const QString word = commandIndex < argc ? QString::fromLocal8Bit(argv[commandIndex]) : QString();
    for (const auto& command : commands)
        if (command->name() == word) chosen = command.get();

    // Drawing needs a GUI application; the offscreen platform keeps it headless.
    std::unique_ptr<QCoreApplication> app;
    if (chosen && chosen->needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Medicinsikker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDSAFE_VERSION));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The log folder (and a data folder made for it) is readable by this user only (0700).
    const QString logDir = dataDir + QStringLiteral("/logs");
    const bool privateLogs = medsafe::storage::Database::ensurePrivateFolder(logDir).ok();
    medsafe::logging::setup(logDir, verbose);
    if (!privateLogs) medsafe::logging::get("cli")->warn("could not make {} private", logDir.toStdString());
    // Danish unless --lang en. Qt's own translations stay out: QCommandLineParser's few texts
    // (help headings, parse errors) come with ours (cli/CommandLine.cpp), so help is in one language.
    medsafe::i18n::install(medsafe::i18n::languageFromCode(language), /*includeQtTexts=*/false);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (word.isEmpty() || word == QLatin1String("--help") || word == QLatin1String("-h") ||
        word == QLatin1String("help")) {
        printOverview(out, commands);
        return word.isEmpty() ? 2 : 0;
    }
    if (word == QLatin1String("--version")) {
        out << "medicinsikker-cli " << MEDSAFE_VERSION << "\n";
        return 0;
    }
    if (!chosen) {
        medsafe::cli::CliMessages::print(err, QStringLiteral("medicinsikker-cli"),
                                         medsafe::cli::CliMessages::unknownCommand(word));
        err << "\n";
        printOverview(err, commands);
        return 2;
    }

    QStringList args;
    for (int i = commandIndex + 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    medsafe::logging::get("cli")->info("running '{}'", word.toStdString());
    const int code = chosen->run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
