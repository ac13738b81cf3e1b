#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace medsafe::cli {

// The wording of every message more than one command gives, in one place: the same situation
// (no database file, a missing option, a bad month, a file that cannot be written, ...) reads
// the same in every command and has one Danish translation. Command-specific messages stay in
// their command. Problems are printed as "COMMAND: message"; command and option names are not
// translated. Plain functions, no state; used on the main thread.
class CliMessages {
    Q_DECLARE_TR_FUNCTIONS(CliMessages)

public:
    // Prints "command: message" on `err`.
    static void print(QTextStream& err, const QString& command, const QString& message);
    // Prints the message and how to see the command's help; returns exit code 2 (bad arguments).
    static int usage(QTextStream& err, const QString& command, const QString& message);
    static QString tryHelp(const QString& command);

    // Files and databases.
    static QString noDatabaseFile(const QString& path);
    static QString createDatabaseHint();
    static QString cannotOpen(const QString& path, const QString& reason);
    static QString cannotRead(const QString& path, const QString& reason);
    static QString cannotWrite(const QString& path, const QString& reason);
    static QString cannotCreateFolder(const QString& path);
    static QString noBotilbud(const QString& name);

    // Arguments.
    static QString unknownCommand(const QString& word);
    static QString unknownOptions(const QStringList& names);
    static QString missingOption(const QString& option);
    static QString eitherOption(const QString& first, const QString& second);
    static QString badMonth(const QString& option, const QString& value);
    static QString badDate(const QString& option, const QString& value);
    static QString notWholeNumber(const QString& option, int minimum, const QString& value);
    static QString notOneOf(const QString& option, const QStringList& choices, const QString& value);
    static QString wrongSuffix(const QString& option, const QStringList& suffixes, const QString& fileName);

    // The value names shown in --help ("--database <FILE>"), the same in every command.
    static QString fileValue();
    static QString nameValue();
    static QString monthValue();
    static QString dateValue();
    static QString pathValue();
    // The description of -h/--help.
    static QString helpOption();

    // "a, b or c" in the running language.
    static QString orList(const QStringList& items);
};

} // namespace medsafe::cli
