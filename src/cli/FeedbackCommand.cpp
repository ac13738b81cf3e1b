#include "cli/FeedbackCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "domain/MonthlyReportValidator.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "storage/Database.h"

#include <QFile>

namespace medsafe::cli {

int FeedbackCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("The consultant's database file."), CliMessages::fileValue()},
        {QStringLiteral("botilbud"), tr("Name of the botilbud."), CliMessages::nameValue()},
        {QStringLiteral("month"), tr("The report's month, YYYY-MM."), CliMessages::monthValue()},
        {QStringLiteral("text"), tr("The feedback."), tr("TEXT")},
        {QStringLiteral("file"), tr("A UTF-8 text file with the feedback."), CliMessages::fileValue()},
    });
    const QString help =
        tr("Writes the consultant's feedback on one botilbud's monthly report in this database and marks\n"
           "the report \"feedback received\" with today's date. The report must be there (imported from\n"
           "the botilbud's data package, or the botilbud's own). The text is checked as in the app; a\n"
           "CPR-shaped number is refused and nothing is written. Then send it back with\n"
           "'medicinsikker-cli export-package --feedback'.\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto homeName =
        path ? requiredOption(parser, name(), QStringLiteral("botilbud"), err) : std::nullopt;
    const auto monthText =
        homeName ? requiredOption(parser, name(), QStringLiteral("month"), err) : std::nullopt;
    if (!monthText) return 2;
    std::optional<QDate> month;
    if (!readMonthOption(parser, name(), QStringLiteral("month"), month, err)) return 2;
    if (parser.isSet(QStringLiteral("text")) == parser.isSet(QStringLiteral("file")))
        return CliMessages::usage(
            err, name(), CliMessages::eitherOption(QStringLiteral("--text"), QStringLiteral("--file")));
    QString text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("file"))) {
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            CliMessages::print(err, name(), CliMessages::cannotRead(file.fileName(), file.errorString()));
            return 1;
        }
        text = QString::fromUtf8(file.readAll());
    }
    if (text.trimmed().isEmpty()) {
        CliMessages::print(err, name(), tr("the feedback is empty"));
        return 2;
    }

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    const services::ConsultantOverviewService service(*db);
    auto report = service.withFeedback(*home, *month, text.trimmed());
    if (!report) {
        CliMessages::print(err, name(), report.error().display());
        return 1;
    }
    const domain::ValidationIssues issues = domain::MonthlyReportValidator::validate(report.value());
    if (!issues.isEmpty()) {
        // The messages are whole sentences for a person; the field ids are the program's own.
        for (const domain::ValidationIssue& issue : issues) CliMessages::print(err, name(), issue.message);
        return 1;
    }
    auto stored = service.store(report.value());
    if (!stored) {
        CliMessages::print(err, name(), stored.error().display());
        return 1;
    }
    out << tr("Wrote the feedback on %1's report for %2").arg(home->name, *monthText) << "\n";
    return 0;
}

} // namespace medsafe::cli
