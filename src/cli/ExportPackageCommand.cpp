#include "cli/ExportPackageCommand.h"

#include "cli/CommandLine.h"
#include "services/organisation/OrganisationService.h"
#include "services/packages/PackageExporter.h"
#include "services/packages/PackageFormat.h"
#include "services/report/MonthlyReportService.h"
#include "services/report/ReportContentCollector.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace medsafe::cli {

namespace {

std::optional<QDate> parseMonth(const QString& text) {
    static const QRegularExpression kMonth(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto match = kMonth.match(text);
    if (!match.hasMatch()) return std::nullopt;
    const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!month.isValid()) return std::nullopt;
    return month;
}

// The newest month whose report has PS!'s feedback.
Result<QDate> latestFeedbackMonth(storage::Database& db, domain::BotilbudId botilbud) {
    auto reports = services::MonthlyReportService(db).reports(botilbud);
    if (!reports) return reports.error();
    for (const domain::MonthlyReport& report : *reports) { // newest first
        if (!report.consultantFeedback.trimmed().isEmpty()) return report.month;
    }
    return Error::technical(QStringLiteral("no report of this botilbud has feedback yet"));
}

} // namespace

int ExportPackageCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("month"),
                      QStringLiteral("The report's month (default: the latest month with measurements)."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The package file to write (.json)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("feedback"),
                      QStringLiteral("Write PS!'s feedback on the report instead (consultant's database).")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\nThis writes to the database too: a draft report of that month is "
                                       "marked as sent (dated today), as the app does when it sends a "
                                       "report. With --feedback nothing in the database changes, except that "
                                       "the first export of either kind stores this database's own "
                                       "signing key (see 'medicinsikker-cli fingerprint'); every package "
                                       "is signed with it.\n"
                                       "Example: medicinsikker-cli export-package --database "
                                       "d.db --botilbud NAME --month 2021-09 --out sep.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto botilbudName = requiredOption(parser, QStringLiteral("botilbud"), err);
    if (!botilbudName) return 2;
    const auto outPath = requiredOption(parser, QStringLiteral("out"), err);
    if (!outPath) return 2;
    std::optional<QDate> month;
    if (parser.isSet(QStringLiteral("month"))) {
        month = parseMonth(parser.value(QStringLiteral("month")));
        if (!month) {
            err << "export-package: --month must be written as YYYY-MM, e.g. 2021-09\n";
            return 2;
        }
    }
    const bool feedback = parser.isSet(QStringLiteral("feedback"));

    if (!QFileInfo(*dbPath).isFile()) {
        err << "export-package: no database file at '" << *dbPath << "'\n";
        return 1;
    }
    auto db = storage::Database::open(*dbPath, storage::OpenMode::OpenExisting);
    if (!db) {
        err << "export-package: cannot open '" << *dbPath << "': " << db.error().display() << "\n";
        return 1;
    }
    const auto homes = services::OrganisationService(**db).allBotilbud();
    if (!homes) {
        err << "export-package: " << homes.error().message << "\n";
        return 1;
    }
    std::optional<domain::Botilbud> home;
    for (const auto& candidate : *homes) {
        if (candidate.name == *botilbudName) home = candidate;
    }
    if (!home) {
        err << "export-package: no botilbud named '" << *botilbudName << "'\n";
        return 1;
    }
    if (!month) {
        auto chosen = feedback ? latestFeedbackMonth(**db, home->id)
                               : services::ReportContentCollector(**db).defaultMonth(home->id);
        if (!chosen) {
            err << "export-package: " << chosen.error().display() << "\n";
            return 1;
        }
        month = *chosen;
    }

    services::PackageExporter exporter(**db);
    auto exported = feedback ? exporter.exportFeedback(home->id, *month, *outPath)
                             : exporter.exportMonthlyReport(home->id, *month, *outPath);
    if (!exported) {
        err << "export-package: nothing written: " << exported.error().display() << "\n";
        return 1;
    }
    out << "Wrote the " << (feedback ? "feedback on the report" : "report") << " of '"
        << exported->botilbudName << "' for " << services::PackageFormat::monthText(exported->month)
        << " to '" << exported->path << "' (" << exported->bytes << " bytes)";
    // Say plainly when the database was written to, and when it was not.
    if (exported->markedSent) {
        out << "; marked the " << services::PackageFormat::monthText(exported->month) << " report as sent in '"
            << *dbPath << "'";
    } else if (!feedback) {
        out << "; the report was already marked sent, the database is unchanged";
    }
    out << ".\n";
    return 0;
}

} // namespace medsafe::cli
