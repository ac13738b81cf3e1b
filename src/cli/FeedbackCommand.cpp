#include "cli/FeedbackCommand.h"

#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "domain/MonthlyReportValidator.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "storage/Database.h"

#include <QFile>

namespace medsafe::cli {

namespace {
const char* kHelp =
    "\nWrites the consultant's feedback on one botilbud's monthly report in this database and marks\n"
    "the report \"feedback received\" with today's date. The report must be there (imported from\n"
    "the botilbud's data package, or the botilbud's own). The text is checked as in the app; a\n"
    "CPR-shaped number is refused and nothing is written. Then send it back with\n"
    "'medicinsikker-cli export-package --feedback'.\n";
} // namespace

int FeedbackCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The consultant's database file."), QStringLiteral("FILE")},
        {QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud."), QStringLiteral("NAME")},
        {QStringLiteral("month"), QStringLiteral("The report's month, YYYY-MM."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("text"), QStringLiteral("The feedback."), QStringLiteral("TEXT")},
        {QStringLiteral("file"), QStringLiteral("A UTF-8 text file with the feedback."), QStringLiteral("FILE")},
    });
    if (auto code = parseCommandLine(parser, name(), summary() + QString::fromLatin1(kHelp), args, out, err))
        return *code;
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    const auto homeName = path ? requiredOption(parser, QStringLiteral("botilbud"), err) : std::nullopt;
    const auto monthText = homeName ? requiredOption(parser, QStringLiteral("month"), err) : std::nullopt;
    if (!monthText) return 2;
    const QDate month = QDate::fromString(*monthText + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!month.isValid()) {
        err << "feedback: --month must look like 2025-03, not '" << *monthText << "'\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("text")) == parser.isSet(QStringLiteral("file"))) {
        err << "feedback: give the feedback with either --text or --file\n";
        return 2;
    }
    QString text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("file"))) {
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "feedback: cannot read '" << file.fileName() << "': " << file.errorString() << "\n";
            return 1;
        }
        text = QString::fromUtf8(file.readAll());
    }
    if (text.trimmed().isEmpty()) {
        err << "feedback: the feedback is empty\n";
        return 2;
    }

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    const services::ConsultantOverviewService service(*db);
    auto report = service.withFeedback(*home, month, text.trimmed());
    if (!report) {
        err << "feedback: " << report.error().display() << "\n";
        return 1;
    }
    const domain::ValidationIssues issues = domain::MonthlyReportValidator::validate(report.value());
    if (!issues.isEmpty()) {
        for (const domain::ValidationIssue& issue : issues)
            err << "feedback: " << issue.field << ": " << issue.message << "\n";
        return 1;
    }
    auto stored = service.store(report.value());
    if (!stored) {
        err << "feedback: " << stored.error().display() << "\n";
        return 1;
    }
    out << "Wrote the feedback on " << home->name << "'s report for " << *monthText << "\n";
    return 0;
}

} // namespace medsafe::cli
