#include "cli/ReportCommand.h"

#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "report/FinalEvaluationComposer.h"
#include "report/MonthlyReportComposer.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/organisation/OrganisationService.h"
#include "services/report/FinalEvaluationCollector.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace medsafe::cli {

namespace {
const char* kHelp =
    "\nWrites the monthly report to PS! (månedsrapport) as an A4 PDF: the month's measures with\n"
    "their run charts and readings, the PDSA cycles started and finished, the month's medication\n"
    "incidents by stage and consequence (counts of 1-4 shown as \"<5\"), the programme phase and\n"
    "start-up status, the working group's own assessment and PS!'s feedback.\n"
    "--month defaults to the latest month with measurements. With --all, one PDF per botilbud\n"
    "is written into the folder given by --out (created if missing).\n"
    "With --final, the final evaluation over the whole programme is written instead: the aims,\n"
    "every measure's baseline and latest median and chart, the changes adopted, the lessons\n"
    "learned and the monthly self-assessments (--month is then not used).\n"
    "The database is only read.\n";

std::optional<QDate> parseMonth(const QString& text) {
    const QDate date = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) return std::nullopt;
    return date;
}

// Writes one botilbud's final evaluation; prints what happened. Returns false on failure.
bool writeFinal(storage::Database& db, const domain::Botilbud& home, const QString& path, QTextStream& out,
                QTextStream& err) {
    if (home.origin != domain::BotilbudOrigin::Local) {
        err << "report: " << home.name << ": the final evaluation is made from the botilbud's own database; "
            << "this database only holds its monthly packages\n";
        return false;
    }
    auto content = services::FinalEvaluationCollector(db).collect(home.id);
    if (!content) {
        err << "report: " << home.name << ": " << content.error().message << "\n";
        return false;
    }
    QString error;
    if (!report::FinalEvaluationComposer::writePdf(content.value(), path, &error)) {
        err << "report: cannot write '" << path << "': " << error << "\n";
        return false;
    }
    out << "Wrote " << path << " (" << home.name << ", final evaluation)\n";
    return true;
}

// Writes one botilbud's report; prints what happened. Returns false on failure.
bool writeOne(storage::Database& db, const domain::Botilbud& home, std::optional<QDate> month, const QString& path,
              QTextStream& out, QTextStream& err) {
    if (!month) {
        auto chosen = services::ConsultantOverviewService(db).defaultMonth(home);
        if (!chosen) {
            err << "report: " << home.name << ": " << chosen.error().message << "\n";
            return false;
        }
        month = chosen.value();
    }
    // The report as it leaves the botilbud: from the botilbud's own data, or from its received
    // package on the consultant's machine (with the consultant's feedback).
    auto content = services::ConsultantOverviewService(db).content(home, *month);
    if (!content) {
        err << "report: " << home.name << ": " << content.error().message << "\n";
        return false;
    }
    QString error;
    if (!report::MonthlyReportComposer::writePdf(content.value(), path, &error)) {
        err << "report: cannot write '" << path << "': " << error << "\n";
        return false;
    }
    out << "Wrote " << path << " (" << home.name << ", " << month->toString(QStringLiteral("yyyy-MM")) << ")\n";
    return true;
}
} // namespace

int ReportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The database file (read only)."), QStringLiteral("FILE")},
        {QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud."), QStringLiteral("NAME")},
        {QStringLiteral("month"), QStringLiteral("The month, YYYY-MM (default: the latest month with measurements)."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("all"), QStringLiteral("One report per botilbud; --out is then a folder.")},
        {QStringLiteral("final"), QStringLiteral("The final evaluation over the whole programme instead of a month.")},
        {QStringLiteral("out"), QStringLiteral("The PDF file (or, with --all, the folder)."), QStringLiteral("PATH")},
    });
    if (auto code = parseCommandLine(parser, name(), summary() + QString::fromLatin1(kHelp), args, out, err))
        return *code;
    const auto usage = [&](const QString& message) {
        err << "report: " << message << "\nTry 'medicinsikker-cli report --help'.\n";
        return 2;
    };
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool final = parser.isSet(QStringLiteral("final"));
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    const auto outPath = path ? requiredOption(parser, QStringLiteral("out"), err) : std::nullopt;
    if (!outPath) return 2;
    if (all && parser.isSet(QStringLiteral("botilbud"))) return usage(QStringLiteral("use either --botilbud or --all"));
    if (!all && !parser.isSet(QStringLiteral("botilbud"))) return usage(QStringLiteral("name a --botilbud, or use --all"));
    if (!all && QFileInfo(*outPath).suffix().toLower() != QLatin1String("pdf"))
        return usage(QStringLiteral("--out must end in .pdf, not '%1'").arg(QFileInfo(*outPath).fileName()));
    std::optional<QDate> month;
    if (final && parser.isSet(QStringLiteral("month"))) return usage(QStringLiteral("--final covers the whole programme; leave out --month"));
    if (parser.isSet(QStringLiteral("month"))) {
        month = parseMonth(parser.value(QStringLiteral("month")));
        if (!month) return usage(QStringLiteral("--month must look like 2025-03, not '%1'").arg(parser.value(QStringLiteral("month"))));
    }

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    if (!all) {
        const auto home = findBotilbud(name(), *db, parser.value(QStringLiteral("botilbud")), err);
        if (!home) return 1;
        const bool ok = final ? writeFinal(*db, *home, *outPath, out, err) : writeOne(*db, *home, month, *outPath, out, err);
        return ok ? 0 : 1;
    }

    const auto homes = services::OrganisationService(*db).allBotilbud();
    if (!homes) {
        err << "report: " << homes.error().message << "\n";
        return 1;
    }
    if (!QDir().mkpath(*outPath)) {
        err << "report: cannot create the folder '" << *outPath << "'\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (const domain::Botilbud& home : homes.value()) {
        if (final) {
            services::FinalEvaluationContent naming;
            naming.botilbud = home;
            const QString file = QDir(*outPath).filePath(report::FinalEvaluationComposer::suggestedFileName(naming));
            if (!writeFinal(*db, home, file, out, err)) ++failed;
            continue;
        }
        const auto probe = services::ConsultantOverviewService(*db).defaultMonth(home);
        const QDate chosen = month ? *month : (probe ? probe.value() : QDate());
        services::MonthlyReportContent naming;
        naming.botilbud = home;
        naming.month = chosen;
        const QString file = QDir(*outPath).filePath(report::MonthlyReportComposer::suggestedFileName(naming));
        if (!writeOne(*db, home, chosen.isValid() ? std::optional<QDate>(chosen) : std::nullopt, file, out, err)) ++failed;
    }
    out << "Wrote " << homes->size() - failed << " of " << homes->size() << " reports in " << timer.elapsed() << " ms\n";
    return failed == 0 ? 0 : 1;
}

} // namespace medsafe::cli
