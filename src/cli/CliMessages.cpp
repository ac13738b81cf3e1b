#include "cli/CliMessages.h"

namespace medsafe::cli {

void CliMessages::print(QTextStream& err, const QString& command, const QString& message) {
    err << command << ": " << message << "\n";
}

int CliMessages::usage(QTextStream& err, const QString& command, const QString& message) {
    print(err, command, message);
    err << tryHelp(command) << "\n";
    return 2;
}

QString CliMessages::tryHelp(const QString& command) {
    return tr("Try 'medicinsikker-cli %1 --help'.").arg(command);
}

QString CliMessages::noDatabaseFile(const QString& path) {
    return tr("no database file at '%1'").arg(path);
}

QString CliMessages::createDatabaseHint() {
    return tr("Create one with 'medicinsikker-cli init --out FILE'.");
}

QString CliMessages::cannotOpen(const QString& path, const QString& reason) {
    return tr("cannot open '%1': %2").arg(path, reason);
}

QString CliMessages::cannotRead(const QString& path, const QString& reason) {
    return tr("cannot read '%1': %2").arg(path, reason);
}

QString CliMessages::cannotWrite(const QString& path, const QString& reason) {
    return tr("cannot write '%1': %2").arg(path, reason);
}

QString CliMessages::cannotCreateFolder(const QString& path) {
    return tr("cannot create the folder '%1'").arg(path);
}

QString CliMessages::noBotilbud(const QString& name) {
    return tr("no botilbud named '%1' (see 'medicinsikker-cli list botilbud')").arg(name);
}

QString CliMessages::unknownCommand(const QString& word) {
    return tr("unknown command '%1'").arg(word);
}

QString CliMessages::unknownOptions(const QStringList& names) {
    // QCommandLineParser reports names without their dashes; show them as they are typed.
    QStringList typed;
    for (const QString& name : names)
        typed << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    if (typed.size() == 1) return tr("unknown option '%1'").arg(typed.first());
    return tr("unknown options: %1").arg(typed.join(QStringLiteral(", ")));
}

QString CliMessages::missingOption(const QString& option) {
    return tr("missing required option --%1").arg(option);
}

QString CliMessages::eitherOption(const QString& first, const QString& second) {
    return tr("give either %1 or %2").arg(first, second);
}

QString CliMessages::badMonth(const QString& option, const QString& value) {
    return tr("--%1 must be written as YYYY-MM, e.g. 2025-03, not '%2'").arg(option, value);
}

QString CliMessages::badDate(const QString& option, const QString& value) {
    return tr("--%1 must be a date written as YYYY-MM-DD, e.g. 2026-12-06, or 'today', not '%2'").arg(option, value);
}

QString CliMessages::notWholeNumber(const QString& option, int minimum, const QString& value) {
    return tr("--%1 must be a whole number of at least %2, not '%3'").arg(option).arg(minimum).arg(value);
}

QString CliMessages::notOneOf(const QString& option, const QStringList& choices, const QString& value) {
    return tr("--%1 must be %2, not '%3'").arg(option, orList(choices), value);
}

QString CliMessages::wrongSuffix(const QString& option, const QStringList& suffixes,
                                 const QString& fileName) {
    return tr("--%1 must end in %2, not '%3'").arg(option, orList(suffixes), fileName);
}

QString CliMessages::fileValue() {
    return tr("FILE");
}

QString CliMessages::nameValue() {
    return tr("NAME");
}

QString CliMessages::monthValue() {
    return tr("YYYY-MM");
}

QString CliMessages::dateValue() {
    return tr("YYYY-MM-DD");
}

QString CliMessages::pathValue() {
    return tr("PATH");
}

QString CliMessages::helpOption() {
    return tr("Show this help.");
}

QString CliMessages::orList(const QStringList& items) {
    if (items.size() < 2) return items.value(0);
    const QStringList head = items.mid(0, items.size() - 1);
    return tr("%1 or %2", "the last two items of a list").arg(head.join(QStringLiteral(", ")), items.last());
}

} // namespace medsafe::cli
