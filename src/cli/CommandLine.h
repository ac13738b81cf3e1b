#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace medsafe::cli {

// Shared argument handling for the commands: adds --help, parses, and explains problems with
// the shared wording of CliMessages. Returns an exit code when the command should stop now
// (help shown: 0, bad arguments: 2), or nothing when the command should go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& commandName,
                                    const QString& description, const QStringList& args,
                                    QTextStream& out, QTextStream& err);

// Reads a required option; prints a message naming it and returns nothing when it is missing
// (the command then exits with 2).
std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& commandName,
                                      const QString& name, QTextStream& err);

// Reads an optional integer option of at least `minimum` ("--seed 7"); prints why and returns
// false when the text is not such a number.
bool readIntOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                   int minimum, int& value, QTextStream& err);

// A month written YYYY-MM ("2025-03") as its first day, or nothing.
std::optional<QDate> parseMonth(const QString& text);

// Reads an optional month option into `month` (left alone when the option is not given);
// prints the shared message and returns false when it is not written YYYY-MM.
bool readMonthOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                     std::optional<QDate>& month, QTextStream& err);

// Reads an optional date option written YYYY-MM-DD, or "today" for the computer's date, into
// `date` (left alone when not given); prints the shared message and returns false otherwise.
bool readDateOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
                    QDate& date, QTextStream& err);

} // namespace medsafe::cli
