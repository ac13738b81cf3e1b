#include "cli/ChartCommand.h"

#include "charts/ChartExporter.h"
#include "charts/ChartNarrative.h"
#include "charts/MeasureChartRecipe.h"
#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "domain/EnumCodes.h"
#include "report/ReportFormat.h"
#include "services/measures/ChartInputFactory.h"
#include "services/measures/DashboardService.h"
#include "services/measures/MeasureService.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <algorithm>

namespace medsafe::cli {

namespace {
QStringList chartCodes(const QList<domain::ChartType>& charts) {
    QStringList names;
    for (domain::ChartType c : charts)
        names << domain::toCode(c);
    return names;
}
} // namespace

int ChartCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file (read only)."), CliMessages::fileValue()},
        {QStringLiteral("botilbud"), tr("Name of the botilbud."), CliMessages::nameValue()},
        {QStringLiteral("measure"), tr("Name of the measure."), CliMessages::nameValue()},
        {QStringLiteral("out"), tr("Output file: .png, .svg or .pdf."), CliMessages::fileValue()},
        {QStringLiteral("chart"), tr("Chart type: run, c, u, p, i, t or g (default: the measure's)."),
         tr("TYPE")},
        {QStringLiteral("width"),
         tr("Width in points for PNG and SVG (default %1).")
             .arg(charts::ChartExporter::defaultSize().width()),
         tr("W")},
        {QStringLiteral("height"),
         tr("Height in points for PNG and SVG (default %1).")
             .arg(charts::ChartExporter::defaultSize().height()),
         tr("H")},
    });
    const QString help =
        tr("Draws the chart of one measure of a botilbud as the application shows it: the chart type\n"
           "chosen for the measure (or --chart), its frozen baseline, parts and excluded points, the\n"
           "numbered PDSA cycles and adopted changes, and beside it the verdict and the plain-language\n"
           "reading, which is also printed. The file type follows the suffix of --out: .png, .svg or .pdf\n"
           "(PDF: one A4 landscape page; --width/--height apply to PNG and SVG).\n"
           "The database is only read.\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto homeName =
        path ? requiredOption(parser, name(), QStringLiteral("botilbud"), err) : std::nullopt;
    const auto measureName =
        homeName ? requiredOption(parser, name(), QStringLiteral("measure"), err) : std::nullopt;
    const auto outPath =
        measureName ? requiredOption(parser, name(), QStringLiteral("out"), err) : std::nullopt;
    if (!outPath) return 2;
    const QString suffix = QFileInfo(*outPath).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return CliMessages::usage(
            err, name(),
            CliMessages::wrongSuffix(QStringLiteral("out"),
                                     {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf")},
                                     QFileInfo(*outPath).fileName()));
    QSize size = charts::ChartExporter::defaultSize();
    int width = size.width();
    int height = size.height();
    if (!readIntOption(parser, name(), QStringLiteral("width"), 200, width, err) ||
        !readIntOption(parser, name(), QStringLiteral("height"), 150, height, err))
        return 2;
    size = QSize(width, height);
    std::optional<domain::ChartType> chosen;
    if (parser.isSet(QStringLiteral("chart"))) {
        chosen = domain::fromCode<domain::ChartType>(parser.value(QStringLiteral("chart")).toLower());
        if (!chosen || *chosen == domain::ChartType::MR)
            return CliMessages::usage(
                err, name(),
                CliMessages::notOneOf(QStringLiteral("chart"),
                                      {QStringLiteral("run"), QStringLiteral("c"), QStringLiteral("u"),
                                       QStringLiteral("p"), QStringLiteral("i"), QStringLiteral("t"),
                                       QStringLiteral("g")},
                                      parser.value(QStringLiteral("chart"))));
    }

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    const auto measures = services::MeasureService(*db).measures(home->id);
    if (!measures) {
        CliMessages::print(err, name(), measures.error().display());
        return 1;
    }
    const auto measure = std::find_if(measures->cbegin(), measures->cend(),
                                      [&](const auto& m) { return m.name == *measureName; });
    if (measure == measures->cend()) {
        CliMessages::print(err, name(),
                           tr("'%1' has no measure named '%2' (see 'medicinsikker-cli list measures')")
                               .arg(*homeName, *measureName));
        return 1;
    }
    if (chosen && !services::ChartInputFactory::suits(measure->kind, *chosen)) {
        CliMessages::print(err, name(),
                           tr("a %1 chart does not suit '%2'; choose %3")
                               .arg(domain::toCode(*chosen), measure->name,
                                    CliMessages::orList(
                                        chartCodes(services::ChartInputFactory::choicesFor(measure->kind)))));
        return 2;
    }

    auto data = services::DashboardService(*db).loadOne(measure->id, chosen);
    if (!data) {
        CliMessages::print(err, name(), data.error().display());
        return 1;
    }
    const services::MeasureChart& chart = data->charts.first();
    if (!chart.result) {
        CliMessages::print(err, name(), tr("cannot draw '%1': %2").arg(measure->name, chart.problem));
        return 1;
    }
    const charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(chart, data->cycles, data->changeIdeas);

    QString error;
    if (!charts::ChartExporter::exportFile(spec, *outPath, size, &error)) {
        CliMessages::print(err, name(), CliMessages::cannotWrite(*outPath, error));
        return 1;
    }
    out << charts::ChartNarrative::describe(spec).toPlainText();
    if (!chart.request.notes.isEmpty()) out << "\n" << chart.request.notes.join(QLatin1Char('\n')) << "\n";
    out << "\n" << tr("Wrote %1").arg(*outPath) << "\n";
    return 0;
}

} // namespace medsafe::cli
