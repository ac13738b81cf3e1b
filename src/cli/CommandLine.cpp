#include "cli/CommandLine.h"

namespace medsafe::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& commandName,
                                    const QString& description, const QStringList& args,
                                    QTextStream& out, QTextStream& err) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList full{QStringLiteral("medicinsikker-cli ") + commandName};
    full += args;
    if (!parser.parse(full)) {
        err << "medicinsikker-cli " << commandName << ": " << parser.errorText() << "\n"
            << "Try 'medicinsikker-cli " << commandName << " --help'.\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& name, QTextStream& err) {
    const QString value = parser.value(name);
    if (value.isEmpty()) {
        err << "missing required option --" << name << "\n";
        return std::nullopt;
    }
    return value;
}

bool readIntOption(const QCommandLineParser& parser, const QString& name, int minimum, int& value,
                   QTextStream& err) {
    if (!parser.isSet(name)) return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        err << "--" << name << " must be a whole number of at least " << minimum << ", not '"
            << parser.value(name) << "'\n";
        return false;
    }
    value = parsed;
    return true;
}

} // namespace medsafe::cli
