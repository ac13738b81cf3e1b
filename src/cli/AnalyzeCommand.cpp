#include "cli/AnalyzeCommand.h"

#include "cli/AnalyzeBatch.h"
#include "cli/CliMessages.h"
#include "cli/CommandLine.h"
#include "cli/SeriesAnalysis.h"
#include "cli/SeriesCsv.h"
#include "cli/SeriesJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace medsafe::cli {

namespace {

std::optional<QByteArray> readFile(const QString& path, QString& error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        error = CliMessages::cannotRead(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<std::vector<int>> parseIndexList(const QString& text)
{
    std::vector<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok)
            return std::nullopt;
        out.push_back(v);
    }
    return out;
}

// The series options typed on the command line; a usage message when one is malformed.
std::optional<QString> optionsFromCommandLine(const QCommandLineParser& parser, SeriesOptions& o)
{
    const auto set = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto number = [&](const char* name, std::optional<double>& out) -> std::optional<QString> {
        if (!set(name))
            return std::nullopt;
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return AnalyzeCommand::tr("--%1 must be a number").arg(QString::fromLatin1(name));
        out = v;
        return std::nullopt;
    };
    const auto boolean = [&](const char* name, std::optional<bool>& out) -> std::optional<QString> {
        if (!set(name))
            return std::nullopt;
        const QString v = value(name).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return CliMessages::notOneOf(QString::fromLatin1(name), {QStringLiteral("true"), QStringLiteral("false")}, value(name));
        out = v == QLatin1String("true");
        return std::nullopt;
    };
    if (set("freeze")) {
        bool ok = false;
        o.freeze = value("freeze").toInt(&ok);
        if (!ok)
            return AnalyzeCommand::tr("--freeze must be a whole number");
    }
    for (const char* name : {"part", "exclude"}) {
        if (!set(name))
            continue;
        const auto list = parseIndexList(value(name));
        if (!list)
            return AnalyzeCommand::tr("--%1 must be comma-separated whole numbers").arg(QString::fromLatin1(name));
        (name[0] == 'p' ? o.parts : o.exclude) = *list;
    }
    if (auto e = number("multiply", o.multiply))
        return e;
    if (set("rules")) {
        o.rules = analysis::ruleSetFromString(value("rules").toStdString());
        if (!o.rules)
            return CliMessages::notOneOf(QStringLiteral("rules"), {QStringLiteral("anhoej"), QStringLiteral("ihi")}, value("rules"));
    }
    if (set("method")) {
        o.method = analysis::runsMethodFromString(value("method").toStdString());
        if (!o.method)
            return CliMessages::notOneOf(QStringLiteral("method"),
                                         {QStringLiteral("anhoej"), QStringLiteral("bestbox"), QStringLiteral("cutbox")}, value("method"));
    }
    if (set("agg-fun")) {
        o.aggregate = analysis::aggregateFromString(value("agg-fun").toStdString());
        if (!o.aggregate)
            return CliMessages::notOneOf(QStringLiteral("agg-fun"),
                                         {QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("sum"), QStringLiteral("sd")},
                                         value("agg-fun"));
    }
    for (const char* name : {"cl", "target"}) {
        std::optional<double> line;
        if (auto e = number(name, line))
            return e;
        if (line)
            (name[0] == 'c' ? o.cl : o.target) = std::vector<analysis::Value>{*line};
    }
    if (auto e = boolean("y-neg", o.allowNegativeLimits))
        return e;
    if (auto e = number("or", o.oddsRatio))
        return e;
    if (auto e = number("limit", o.limit))
        return e;
    if (auto e = boolean("use-na", o.includeMissing))
        return e;
    return std::nullopt;
}

} // namespace

int AnalyzeCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("case"), tr("Oracle case file (JSON with chart and inputs)."), CliMessages::fileValue()},
        {QStringLiteral("csv"), tr("CSV file with columns x,y[,n]."), CliMessages::fileValue()},
        {QStringLiteral("batch"), tr("Many series: JSON Lines or a CSV file with columns series,x,y[,n[,chart]] (- = standard input)."),
         CliMessages::fileValue()},
        {QStringLiteral("chart"), tr("Chart type: run, i, mr, c, u, p, g, t, xbar, s, pp, up, ip, bchart (Bernoulli CUSUM) or pareto."),
         tr("TYPE")},
        {QStringLiteral("freeze"), tr("Baseline length: points 0..N-1 set centre line and limits."), QStringLiteral("N")},
        {QStringLiteral("part"), tr("0-based indexes where new parts start, comma separated."), QStringLiteral("I,J")},
        {QStringLiteral("exclude"), tr("0-based indexes of points to exclude, comma separated."), QStringLiteral("I,J")},
        {QStringLiteral("multiply"), tr("Scale values and lines, e.g. 100 for percent."), QStringLiteral("M")},
        {QStringLiteral("rules"), tr("Runs rules: anhoej (default) or ihi."), tr("SET")},
        {QStringLiteral("method"), tr("Anhøj runs test: anhoej (default), bestbox or cutbox."), tr("METHOD")},
        {QStringLiteral("agg-fun"), tr("Several values in one period: mean (default), median, sum or sd."), tr("FUNCTION")},
        {QStringLiteral("cl"), tr("A given centre line instead of the computed one."), QStringLiteral("X")},
        {QStringLiteral("target"), tr("A target line; for bchart the target risk (up to 1) or the number of baseline cases."),
         QStringLiteral("X")},
        {QStringLiteral("y-neg"), tr("false: lower limits below zero become zero (when no value is negative)."), QStringLiteral("true|false")},
        {QStringLiteral("or"), tr("bchart: the odds ratio to detect (default 2)."), QStringLiteral("X")},
        {QStringLiteral("limit"), tr("bchart: the control limit of the CUSUM (default 3.5)."), QStringLiteral("X")},
        {QStringLiteral("use-na"), tr("pareto: true counts missing categories as a category of their own."), QStringLiteral("true|false")},
        {QStringLiteral("explain"), tr("Add plain-language sentences under \"explanation\".")},
    });
    const QString help =
        tr("Reads a qicharts2-style case file, or a CSV file with columns x,y[,n] (header optional,\n"
           "',' or ';' separated, ';' files may use decimal commas, empty cell = missing value), and\n"
           "prints centre line, limits, signals and per-part runs analysis as JSON.\n"
           "Indexes are 0-based: --freeze N uses points 0..N-1 as baseline; --part 12,24 starts new\n"
           "parts at points 12 and 24 (parts override --freeze); --exclude 3,4 leaves points out of\n"
           "the calculations. Rows with the same x form one point (--agg-fun); for xbar and s, x is\n"
           "the subgroup of each observation. bchart: y is 0 or 1 per case. pareto: x is the\n"
           "category, y its count.\n"
           "--batch reads one series per line as JSON ({\"id\", \"chart\", \"x\", \"y\", \"n\", \"options\"},\n"
           "options named as in the case files) or a CSV file with columns series,x,y[,n[,chart]], and\n"
           "writes one JSON result per series and line; a series that fails gets a line with \"error\"\n"
           "and exit code 1, the others are still analysed. The options above apply to every series.\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto usage = [&](const QString& message) { return CliMessages::usage(err, name(), message); };
    const int sources = int(parser.isSet(QStringLiteral("case"))) + int(parser.isSet(QStringLiteral("csv"))) +
                        int(parser.isSet(QStringLiteral("batch")));
    if (sources != 1)
        return usage(CliMessages::eitherOption(QStringLiteral("--case %1").arg(CliMessages::fileValue()),
                                               QStringLiteral("--chart %1 --csv %2 | --batch %2").arg(tr("TYPE"), CliMessages::fileValue())));
    const bool fromCase = parser.isSet(QStringLiteral("case"));
    const bool batch = parser.isSet(QStringLiteral("batch"));
    if (fromCase) {
        for (const char* option : {"chart", "freeze", "part", "exclude", "multiply", "method", "agg-fun", "cl", "target", "y-neg", "or",
                                   "limit", "use-na"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                return usage(tr("--%1 cannot be combined with --case (the case file sets it)").arg(QString::fromLatin1(option)));
        }
    }

    SeriesRequest request;
    if (auto problem = optionsFromCommandLine(parser, request.options))
        return usage(*problem);
    if (parser.isSet(QStringLiteral("chart")) || parser.isSet(QStringLiteral("csv"))) {
        if (!seriesChartFromString(parser.value(QStringLiteral("chart")), request.kind, request.chart))
            return usage(CliMessages::notOneOf(QStringLiteral("chart"), seriesChartNames(), parser.value(QStringLiteral("chart"))));
        request.hasChart = true;
    }

    const QString path = parser.value(fromCase ? QStringLiteral("case") : batch ? QStringLiteral("batch") : QStringLiteral("csv"));
    QString readError;
    const auto bytes = readFile(path, readError);
    if (!bytes) {
        CliMessages::print(err, name(), readError);
        return 1;
    }
    const bool explain = parser.isSet(QStringLiteral("explain"));
    if (batch)
        return AnalyzeBatch::run(*bytes, request, explain, out, err);

    std::optional<QString> problem;
    if (fromCase) {
        const SeriesOptions commandLine = request.options; // --rules may accompany a case
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        else if (!doc.object().contains(QStringLiteral("chart")))
            problem = tr("\"chart\" must be one of %1").arg(seriesChartNames().join(QStringLiteral(", ")));
        else
            problem = SeriesJson::read(doc.object(), request);
        request.options.overrideWith(commandLine);
    } else {
        request.id = QFileInfo(path).completeBaseName();
        problem = SeriesCsv::readSeries(*bytes, request);
    }
    if (problem) {
        CliMessages::print(err, name(), QStringLiteral("%1: %2").arg(path, *problem));
        return 1;
    }
    const SeriesOutcome outcome = SeriesAnalysis::run(std::move(request), explain, false);
    if (!outcome.ok) {
        CliMessages::print(err, name(), QStringLiteral("%1: %2").arg(path, outcome.error));
        return 1;
    }
    out << QString::fromStdString(outcome.json);
    out.flush();
    return 0;
}

} // namespace medsafe::cli
