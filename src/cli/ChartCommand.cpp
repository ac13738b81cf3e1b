#include "cli/ChartCommand.h"

#include "charts/ChartExporter.h"
#include "charts/ChartNarrative.h"
#include "charts/MeasureChartRecipe.h"
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
const char* kHelp =
    "\nDraws the chart of one measure of a botilbud as the application shows it: the chart type\n"
    "chosen for the measure (or --chart), its frozen baseline, parts and excluded points, the\n"
    "numbered PDSA cycles and adopted changes, and beside it the verdict and the plain-language\n"
    "reading, which is also printed. The file type follows the suffix of --out: .png, .svg or .pdf\n"
    "(PDF: one A4 landscape page; --width/--height apply to PNG and SVG).\n"
    "The database is only read.\n";

QString chartNames(const QList<domain::ChartType>& charts) {
    QStringList names;
    for (domain::ChartType c : charts)
        names << domain::toCode(c);
    return names.join(QStringLiteral(", "));
}
} // namespace

int ChartCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The database file (read only)."),
         QStringLiteral("FILE")},
        {QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud."), QStringLiteral("NAME")},
        {QStringLiteral("measure"), QStringLiteral("Name of the measure."), QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("Output file: .png, .svg or .pdf."), QStringLiteral("FILE")},
        {QStringLiteral("chart"),
         QStringLiteral("Chart type: run, c, u, p, i, t or g (default: the measure's)."),
         QStringLiteral("TYPE")},
        {QStringLiteral("width"), QStringLiteral("Width in points for PNG and SVG (default 1000)."),
         QStringLiteral("W")},
        {QStringLiteral("height"), QStringLiteral("Height in points for PNG and SVG (default 680)."),
         QStringLiteral("H")},
    });
    if (auto code = parseCommandLine(parser, name(), summary() + QString::fromLatin1(kHelp), args, out, err))
        return *code;
    const auto usage = [&](const QString& message) {
        err << "chart: " << message << "\nTry 'medicinsikker-cli chart --help'.\n";
        return 2;
    };
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    const auto homeName = path ? requiredOption(parser, QStringLiteral("botilbud"), err) : std::nullopt;
    const auto measureName = homeName ? requiredOption(parser, QStringLiteral("measure"), err) : std::nullopt;
    const auto outPath = measureName ? requiredOption(parser, QStringLiteral("out"), err) : std::nullopt;
    if (!outPath) return 2;
    const QString suffix = QFileInfo(*outPath).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return usage(QStringLiteral("--out must end in .png, .svg or .pdf, not '%1'")
                         .arg(QFileInfo(*outPath).fileName()));
    QSize size = charts::ChartExporter::defaultSize();
    int width = size.width();
    int height = size.height();
    if (!readIntOption(parser, QStringLiteral("width"), 200, width, err) ||
        !readIntOption(parser, QStringLiteral("height"), 150, height, err))
        return 2;
    size = QSize(width, height);
    std::optional<domain::ChartType> chosen;
    if (parser.isSet(QStringLiteral("chart"))) {
        chosen = domain::fromCode<domain::ChartType>(parser.value(QStringLiteral("chart")).toLower());
        if (!chosen || *chosen == domain::ChartType::MR)
            return usage(QStringLiteral("--chart must be one of run, c, u, p, i, t, g, not '%1'")
                             .arg(parser.value(QStringLiteral("chart"))));
    }

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    const auto measures = services::MeasureService(*db).measures(home->id);
    if (!measures) {
        err << "chart: " << measures.error().message << "\n";
        return 1;
    }
    const auto measure = std::find_if(measures->cbegin(), measures->cend(),
                                      [&](const auto& m) { return m.name == *measureName; });
    if (measure == measures->cend()) {
        err << "chart: '" << *homeName << "' has no measure named '" << *measureName
            << "' (see 'medicinsikker-cli list measures')\n";
        return 1;
    }
    if (chosen && !services::ChartInputFactory::suits(measure->kind, *chosen)) {
        err << "chart: a " << domain::toCode(*chosen) << " chart does not suit '" << measure->name
            << "'; choose one of " << chartNames(services::ChartInputFactory::choicesFor(measure->kind))
            << "\n";
        return 2;
    }

    auto data = services::DashboardService(*db).loadOne(measure->id, chosen);
    if (!data) {
        err << "chart: " << data.error().message << "\n";
        return 1;
    }
    const services::MeasureChart& chart = data->charts.first();
    if (!chart.result) {
        err << "chart: cannot draw '" << measure->name << "': " << chart.problem << "\n";
        return 1;
    }
    const charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(chart, data->cycles, data->changeIdeas);

    QString error;
    if (!charts::ChartExporter::exportFile(spec, *outPath, size, &error)) {
        err << "chart: cannot write '" << *outPath << "': " << error << "\n";
        return 1;
    }
    out << charts::ChartNarrative::describe(spec).toPlainText();
    if (!chart.request.notes.isEmpty()) out << "\n" << chart.request.notes.join(QLatin1Char('\n')) << "\n";
    out << "\nWrote " << *outPath << "\n";
    return 0;
}

} // namespace medsafe::cli
