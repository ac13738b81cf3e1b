#include "cli/ReportCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/ReportWorkers.h"
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

// Writes one botilbud's final evaluation; prints what happened. Returns false on failure.
bool writeFinal(storage::Database& db, const domain::Botilbud& home, const QString& path, QTextStream& out,
                QTextStream& err) {
    const QString command = QStringLiteral("report");
    if (home.origin != domain::BotilbudOrigin::Local) {
        CliMessages::print(
            err, command,
            ReportCommand::tr("%1: the final evaluation is made from the botilbud's own database; "
                              "this database only holds its monthly packages")
                .arg(home.name));
        return false;
    }
    auto content = services::FinalEvaluationCollector(db).collect(home.id);
    if (!content) {
        CliMessages::print(err, command, QStringLiteral("%1: %2").arg(home.name, content.error().display()));
        return false;
    }
    QString error;
    if (!report::FinalEvaluationComposer::writePdf(content.value(), path, &error)) {
        CliMessages::print(err, command, CliMessages::cannotWrite(path, error));
        return false;
    }
    out << ReportCommand::tr("Wrote %1 (%2, final evaluation)").arg(path, home.name) << "\n";
    return true;
}

// Writes one botilbud's report; prints what happened. Returns false on failure.
bool writeOne(storage::Database& db, const domain::Botilbud& home, std::optional<QDate> month, const QString& path,
              QTextStream& out, QTextStream& err) {
    const QString command = QStringLiteral("report");
    if (!month) {
        auto chosen = services::ConsultantOverviewService(db).defaultMonth(home);
        if (!chosen) {
            CliMessages::print(err, command,
                               QStringLiteral("%1: %2").arg(home.name, chosen.error().display()));
            return false;
        }
        month = chosen.value();
    }
    // The report as it leaves the botilbud: from the botilbud's own data, or from its received
    // package on the consultant's machine (with the consultant's feedback).
    auto content = services::ConsultantOverviewService(db).content(home, *month);
    if (!content) {
        CliMessages::print(err, command, QStringLiteral("%1: %2").arg(home.name, content.error().display()));
        return false;
    }
    QString error;
    if (!report::MonthlyReportComposer::writePdf(content.value(), path, &error)) {
        CliMessages::print(err, command, CliMessages::cannotWrite(path, error));
        return false;
    }
    out << ReportCommand::tr("Wrote %1 (%2, %3)")
               .arg(path, home.name, month->toString(QStringLiteral("yyyy-MM")))
        << "\n";
    return true;
}
} // namespace

int ReportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file (read only)."), CliMessages::fileValue()},
        {QStringLiteral("botilbud"), tr("Name of the botilbud."), CliMessages::nameValue()},
        {QStringLiteral("month"), tr("The month, YYYY-MM (default: the latest month with measurements)."),
         CliMessages::monthValue()},
        {QStringLiteral("all"), tr("One report per botilbud; --out is then a folder.")},
        {QStringLiteral("final"), tr("The final evaluation over the whole programme instead of a month.")},
        {QStringLiteral("out"), tr("The PDF file (or, with --all, the folder)."), CliMessages::pathValue()},
        {QStringLiteral("jobs"), tr("With --all: processes working at once (default: one per core, %1 here).")
                                     .arg(ReportWorkers::defaultJobs()),
         QStringLiteral("N")},
    });
    // A worker of `report --all --jobs N` (ReportWorkers): its share of the botilbud.
    QCommandLineOption partOption(QStringLiteral("part"), QString(), QStringLiteral("I/N"));
    partOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(partOption);
    const QString help =
        tr("Writes the monthly report to PS! (månedsrapport) as an A4 PDF: the month's measures with\n"
           "their run charts and readings, the PDSA cycles started and finished, the month's medication\n"
           "incidents by stage and consequence (counts of 1-4 shown as \"<5\"), the programme phase and\n"
           "start-up status, the working group's own assessment and PS!'s feedback.\n"
           "--month defaults to the latest month with measurements. With --all, one PDF per botilbud\n"
           "is written into the folder given by --out (created if missing).\n"
           "With --final, the final evaluation over the whole programme is written instead: the aims,\n"
           "every measure's baseline and latest median and chart, the changes adopted, the lessons\n"
           "learned and the monthly self-assessments (--month is then not used).\n"
           "The database is only read.\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto usage = [&](const QString& message) { return CliMessages::usage(err, name(), message); };
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool final = parser.isSet(QStringLiteral("final"));
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto outPath = path ? requiredOption(parser, name(), QStringLiteral("out"), err) : std::nullopt;
    if (!outPath) return 2;
    if (all == parser.isSet(QStringLiteral("botilbud")))
        return usage(CliMessages::eitherOption(QStringLiteral("--botilbud %1").arg(CliMessages::nameValue()),
                                               QStringLiteral("--all")));
    if (!all && QFileInfo(*outPath).suffix().toLower() != QLatin1String("pdf"))
        return usage(CliMessages::wrongSuffix(QStringLiteral("out"), {QStringLiteral(".pdf")},
                                              QFileInfo(*outPath).fileName()));
    std::optional<QDate> month;
    if (final && parser.isSet(QStringLiteral("month")))
        return usage(tr("--final covers the whole programme; leave out --month"));
    if (!readMonthOption(parser, name(), QStringLiteral("month"), month, err)) return 2;

    int jobs = ReportWorkers::defaultJobs();
    if (!readIntOption(parser, name(), QStringLiteral("jobs"), 1, jobs, err)) return 2;
    std::optional<ReportWorkers::Part> part;
    if (parser.isSet(QStringLiteral("part"))) {
        part = ReportWorkers::parsePart(parser.value(QStringLiteral("part")));
        if (!part || !all) return usage(QStringLiteral("--part takes I/N and goes with --all"));
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
        CliMessages::print(err, name(), homes.error().display());
        return 1;
    }
    if (!QDir().mkpath(*outPath)) {
        CliMessages::print(err, name(), CliMessages::cannotCreateFolder(*outPath));
        return 1;
    }
    // Several botilbud and cores: worker processes share them (the drawing needs a GUI thread
    // of its own each).
    if (!part && jobs > 1 && homes->size() > 1)
        return ReportWorkers::run(std::min<int>(jobs, homes->size()), db->server() ? db->server()->password : QString(),
                                  out, err);
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    int mine = 0;
    for (int index = 0; index < homes->size(); ++index) {
        if (part && !part->includes(index)) continue;
        ++mine;
        const domain::Botilbud& home = homes->at(index);
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
    out << tr("Wrote %1 of %2 reports in %3 ms")
               .arg(QString::number(mine - failed), QString::number(mine), QString::number(timer.elapsed()))
        << "\n";
    return failed == 0 ? 0 : 1;
}

} // namespace medsafe::cli
