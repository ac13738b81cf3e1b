#include "cli/ExportPackageCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageExporter.h"
#include "services/packages/PackageFormat.h"
#include "services/report/MonthlyReportService.h"
#include "services/report/ReportContentCollector.h"
#include "storage/Database.h"

namespace medsafe::cli {

namespace {

// The newest month whose report has PS!'s feedback.
Result<QDate> latestFeedbackMonth(storage::Database& db, domain::BotilbudId botilbud) {
    auto reports = services::MonthlyReportService(db).reports(botilbud);
    if (!reports) return reports.error();
    for (const domain::MonthlyReport& report : *reports) { // newest first
        if (!report.consultantFeedback.trimmed().isEmpty()) return report.month;
    }
    return Error::forUser(QStringLiteral("no report of this botilbud has feedback yet"),
                          ExportPackageCommand::tr("no report of this botilbud has feedback yet"));
}

} // namespace

int ExportPackageCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The database file."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("botilbud"), tr("Name of the botilbud."), CliMessages::nameValue()});
    parser.addOption({QStringLiteral("month"),
                      tr("The report's month (default: the latest month with measurements)."),
                      CliMessages::monthValue()});
    parser.addOption(
        {QStringLiteral("out"), tr("The package file to write (.json)."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("feedback"),
                      tr("Write PS!'s feedback on the report instead (consultant's database).")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\n") +
                tr("This writes to the database too: a draft report of that month is marked as sent (dated "
                   "today), as the app does when it sends a report. With --feedback nothing in the database "
                   "changes, except that the first export of either kind stores this database's own signing "
                   "key (see 'medicinsikker-cli fingerprint'); every package is signed with it.\n"
                   "Example: medicinsikker-cli export-package --database d.db --botilbud NAME --month "
                   "2021-09 "
                   "--out sep.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto botilbudName = requiredOption(parser, name(), QStringLiteral("botilbud"), err);
    if (!botilbudName) return 2;
    const auto outPath = requiredOption(parser, name(), QStringLiteral("out"), err);
    if (!outPath) return 2;
    std::optional<QDate> month;
    if (!readMonthOption(parser, name(), QStringLiteral("month"), month, err)) return 2;
    const bool feedback = parser.isSet(QStringLiteral("feedback"));

    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *botilbudName, err);
    if (!home) return 1;
    if (!month) {
        auto chosen = feedback ? latestFeedbackMonth(*db, home->id)
                               : services::ReportContentCollector(*db).defaultMonth(home->id);
        if (!chosen) {
            CliMessages::print(err, name(), chosen.error().display());
            return 1;
        }
        month = *chosen;
    }

    services::PackageExporter exporter(*db);
    auto exported = feedback ? exporter.exportFeedback(home->id, *month, *outPath)
                             : exporter.exportMonthlyReport(home->id, *month, *outPath);
    if (!exported) {
        CliMessages::print(err, name(), tr("nothing written: %1").arg(exported.error().display()));
        return 1;
    }
    // Say plainly when the database was written to, and when it was not.
    const QString monthText = services::PackageFormat::monthText(exported->month);
    const QString bytes = QString::number(exported->bytes);
    if (feedback) {
        out << tr("Wrote the feedback on the report of '%1' for %2 to '%3' (%4 bytes).")
                   .arg(exported->botilbudName, monthText, exported->path, bytes);
    } else if (exported->markedSent) {
        out << tr("Wrote the report of '%1' for %2 to '%3' (%4 bytes); marked the %2 report as sent in '%5'.")
                   .arg(exported->botilbudName, monthText, exported->path, bytes, *dbPath);
    } else {
        out << tr("Wrote the report of '%1' for %2 to '%3' (%4 bytes); the report was already marked sent, "
                  "the database is unchanged.")
                   .arg(exported->botilbudName, monthText, exported->path, bytes);
    }
    out << "\n";
    return 0;
}

} // namespace medsafe::cli
