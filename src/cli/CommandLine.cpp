#include "cli/CommandLine.h"

#include "cli/CliMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace medsafe::cli {

namespace {

// QCommandLineParser words its help headings and a few parse errors itself, through
// QCommandLineParser::tr(). The CLI does not load Qt's own translations (they may be missing
// on the machine, which would give help in two languages), so our Danish translation carries
// these few texts under Qt's context. The sources must match Qt's exactly.
[[maybe_unused]] const char* const kQtParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& commandName,
                                    const QString& description, const QStringList& args,
                                    QTextStream& out, QTextStream& err) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliMessages::helpOption());
    parser.addOption(help);
    QStringList full{QStringLiteral("medicinsikker-cli ") + commandName};
    full += args;
    if (!parser.parse(full)) {
        const QStringList unknown = parser.unknownOptionNames();
        return CliMessages::usage(
            err, commandName, unknown.isEmpty() ? parser.errorText() : CliMessages::unknownOptions(unknown));
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path in the usage line; show what the person types instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("medicinsikker-cli ") + commandName);
        out << text;
        return 0;
    }
    return std::nullopt;
}

std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& commandName,
                                      const QString& name, QTextStream& err) {
    const QString value = parser.value(name);
    if (value.isEmpty()) {
        CliMessages::usage(err, commandName, CliMessages::missingOption(name));
        return std::nullopt;
    }
    return value;
}

bool readIntOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                   int minimum, int& value, QTextStream& err) {
    if (!parser.isSet(name)) return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        CliMessages::usage(err, commandName, CliMessages::notWholeNumber(name, minimum, parser.value(name)));
        return false;
    }
    value = parsed;
    return true;
}

std::optional<QDate> parseMonth(const QString& text) {
    static const QRegularExpression kMonth(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto match = kMonth.match(text);
    if (!match.hasMatch()) return std::nullopt;
    const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!month.isValid()) return std::nullopt;
    return month;
}

bool readMonthOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                     std::optional<QDate>& month, QTextStream& err) {
    if (!parser.isSet(name)) return true;
    const auto parsed = parseMonth(parser.value(name));
    if (!parsed) {
        CliMessages::usage(err, commandName, CliMessages::badMonth(name, parser.value(name)));
        return false;
    }
    month = parsed;
    return true;
}

bool readDateOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                    QDate& date, QTextStream& err) {
    if (!parser.isSet(name)) return true;
    const QString text = parser.value(name).trimmed();
    const QDate parsed = text == QStringLiteral("today") ? QDate::currentDate() : QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        CliMessages::usage(err, commandName, CliMessages::badDate(name, parser.value(name)));
        return false;
    }
    date = parsed;
    return true;
}

} // namespace medsafe::cli
