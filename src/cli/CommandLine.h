#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace medsafe::cli {

// Shared argument handling for the commands: adds --help, parses, and explains problems.
// Returns an exit code when the command should stop now (help shown: 0, bad arguments: 2),
// or nothing when the command should go on with the parsed options.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& commandName,
                                    const QString& description, const QStringList& args,
                                    QTextStream& out, QTextStream& err);

// Reads a required option; prints a message naming it and returns nothing when it is missing.
std::optional<QString> requiredOption(const QCommandLineParser& parser, const QString& name,
                                      QTextStream& err);

// Reads an optional non-negative integer option ("--seed 7"); prints why and returns false
// when the text is not such a number.
bool readIntOption(const QCommandLineParser& parser, const QString& name, int minimum, int& value,
                   QTextStream& err);

} // namespace medsafe::cli
