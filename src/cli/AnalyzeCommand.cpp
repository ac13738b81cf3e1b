#include "cli/AnalyzeCommand.h"

#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "cli/CommandLine.h"
#include "domain/SignalExplanation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <optional>

namespace medsafe::cli {

using analysis::ChartInput;
using analysis::ChartResultJson;
using analysis::ChartType;
using analysis::Value;

namespace {

// The rows of a case or CSV file before analysis: one entry per input row.
struct Table {
    QString id;
    ChartType chart = ChartType::Run;
    QStringList xLabels;            // x as text (for sorting, grouping and explanations)
    std::vector<std::string> xJson; // x as a JSON token, printed unchanged
    std::vector<Value> y;
    std::vector<Value> n;
    bool hasN = false;
};

// A problem with the input file; the command prints it and exits with 1.
struct FileError {
    QString message;
};

std::string numberToken(double v)
{
    return ChartResultJson::number(v);
}

std::string stringToken(const QString& s)
{
    return ChartResultJson::quote(s.toStdString());
}

std::optional<QByteArray> readFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read '%1': %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// --- case files -----------------------------------------------------------------------------

std::optional<FileError> valuesFromJson(const QJsonValue& v, const QString& key, std::vector<Value>& out)
{
    if (!v.isArray())
        return FileError{QStringLiteral("inputs.%1 must be an array").arg(key)};
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue e = array.at(i);
        if (!e.isNull() && !e.isDouble())
            return FileError{QStringLiteral("inputs.%1[%2] must be a number or null").arg(key).arg(i)};
        out.push_back(e.isNull() ? Value{} : Value{e.toDouble()});
    }
    return std::nullopt;
}

std::optional<FileError> intsFromJson(const QJsonObject& in, const QString& key, std::vector<int>& out)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = in.value(key);
    const QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue& e : array) {
        const double d = e.toDouble();
        // Range first: converting an out-of-range double to int is undefined behaviour.
        if (!e.isDouble() || !(d >= INT_MIN && d <= INT_MAX) || d != std::floor(d))
            return FileError{QStringLiteral("inputs.%1 must hold whole numbers").arg(key)};
        out.push_back(static_cast<int>(d));
    }
    return std::nullopt;
}

std::optional<FileError> readCase(const QByteArray& bytes, Table& table, ChartInput& input)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return FileError{QStringLiteral("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)};
    const QJsonObject root = doc.object();
    const auto chart = analysis::chartTypeFromString(root.value(QStringLiteral("chart")).toString().toStdString());
    if (!chart)
        return FileError{QStringLiteral("\"chart\" must be one of run, i, mr, c, u, p, g, t, xbar, pp, up")};
    table.chart = *chart;
    table.id = root.value(QStringLiteral("id")).toString();
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    if (auto e = valuesFromJson(in.value(QStringLiteral("y")), QStringLiteral("y"), table.y))
        return e;
    table.hasN = in.contains(QStringLiteral("n"));
    if (table.hasN) {
        if (auto e = valuesFromJson(in.value(QStringLiteral("n")), QStringLiteral("n"), table.n))
            return e;
    }
    const QJsonArray xs = in.value(QStringLiteral("x")).toArray();
    if (static_cast<std::size_t>(xs.size()) != table.y.size())
        return FileError{QStringLiteral("inputs.x must have one entry per y value")};
    for (const QJsonValue& x : xs) {
        if (x.isString()) {
            table.xLabels << x.toString();
            table.xJson.push_back(stringToken(x.toString()));
        } else if (x.isDouble()) {
            table.xLabels << QString::number(x.toDouble(), 'g', 17);
            table.xJson.push_back(numberToken(x.toDouble()));
        } else {
            return FileError{QStringLiteral("inputs.x must hold numbers or date strings")};
        }
    }
    if (in.contains(QStringLiteral("freeze"))) {
        std::vector<int> freeze;
        if (auto e = intsFromJson(in, QStringLiteral("freeze"), freeze))
            return e;
        if (freeze.size() == 1)
            input.freeze = freeze.front();
    }
    if (auto e = intsFromJson(in, QStringLiteral("part"), input.parts))
        return e;
    if (auto e = intsFromJson(in, QStringLiteral("exclude"), input.exclude))
        return e;
    input.multiply = in.value(QStringLiteral("multiply")).toDouble(1.0);
    return std::nullopt;
}

// --- CSV files ------------------------------------------------------------------------------

std::optional<double> parseNumber(QString cell, bool decimalComma)
{
    if (decimalComma)
        cell.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString cleanCell(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
        cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")).trimmed();
    return cell;
}

// Columns x,y[,n]; header optional; ',' or ';' separated (';' files may use decimal commas).
std::optional<FileError> readCsv(const QByteArray& bytes, Table& table)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    QChar separator = QLatin1Char(',');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            separator = line.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
            break;
        }
    }
    const bool decimalComma = separator == QLatin1Char(';');
    bool first = true;
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString& line = lines.at(number);
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells = line.split(separator);
        for (QString& cell : cells)
            cell = cleanCell(cell);
        const QString where = QStringLiteral("line %1").arg(number + 1);
        if (cells.size() < 2)
            return FileError{where + QStringLiteral(": expected at least two columns (x, y), separated by '%1'").arg(separator)};
        const bool header = first && !cells[1].isEmpty() && !parseNumber(cells[1], decimalComma);
        if (first)
            table.hasN = cells.size() >= 3;
        first = false;
        if (header)
            continue;
        if (cells[0].isEmpty())
            return FileError{where + QStringLiteral(": x is empty")};
        table.xLabels << cells[0];
        static const QRegularExpression integer(QStringLiteral("^-?\\d{1,9}$"));
        table.xJson.push_back(integer.match(cells[0]).hasMatch() ? std::to_string(cells[0].toInt()) : stringToken(cells[0]));
        for (int column = 1; column <= (table.hasN ? 2 : 1); ++column) {
            const QString cell = column < cells.size() ? cells[column] : QString();
            Value v;
            if (!cell.isEmpty()) {
                v = parseNumber(cell, decimalComma);
                if (!v)
                    return FileError{where + QStringLiteral(": '%1' is not a number").arg(cell)};
            }
            (column == 1 ? table.y : table.n).push_back(v);
        }
    }
    if (table.y.empty())
        return FileError{QStringLiteral("no data rows")};
    return std::nullopt;
}

// Rows are ordered by x when every x is a number, or every x is an ISO date (as qicharts2
// sorts by x); otherwise the file order is kept. The sort is stable, so subgroups stay intact.
void sortRows(Table& table)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    bool numeric = true;
    bool dates = true;
    for (const QString& x : table.xLabels) {
        bool ok = false;
        const double v = x.toDouble(&ok);
        numeric = numeric && ok && std::isfinite(v); // "nan" would break the sort's ordering
        dates = dates && isoDate.match(x).hasMatch();
    }
    if (!numeric && !dates)
        return;
    std::vector<std::size_t> order(table.y.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const QString& xa = table.xLabels.at(static_cast<qsizetype>(a));
        const QString& xb = table.xLabels.at(static_cast<qsizetype>(b));
        return numeric ? xa.toDouble() < xb.toDouble() : xa < xb;
    });
    Table sorted = table;
    for (std::size_t i = 0; i < order.size(); ++i) {
        sorted.xLabels[static_cast<qsizetype>(i)] = table.xLabels.at(static_cast<qsizetype>(order[i]));
        sorted.xJson[i] = table.xJson[order[i]];
        sorted.y[i] = table.y[order[i]];
        if (table.hasN)
            sorted.n[i] = table.n[order[i]];
    }
    table = std::move(sorted);
}

// Fills y/n (or xbar subgroups) of `input` and the per-point x of the output.
std::optional<FileError> toInput(const Table& table, ChartInput& input, QStringList& pointLabels,
                                 std::vector<std::string>& pointJson)
{
    input.y = table.y;
    if (table.hasN)
        input.n = table.n;
    if (table.chart == ChartType::Xbar) {
        // Subgroup ids by first appearance, so points come out in file (or sorted) order.
        QStringList seen;
        for (qsizetype i = 0; i < table.xLabels.size(); ++i) {
            qsizetype id = seen.indexOf(table.xLabels.at(i));
            if (id < 0) {
                id = seen.size();
                seen << table.xLabels.at(i);
                pointLabels << table.xLabels.at(i);
                pointJson.push_back(table.xJson[static_cast<std::size_t>(i)]);
            }
            input.subgroup.push_back(static_cast<int>(id));
        }
        return std::nullopt;
    }
    QStringList sorted = table.xLabels;
    sorted.sort();
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return FileError{QStringLiteral("x value '%1' occurs more than once; combine repeated periods first")
                             .arg(*std::adjacent_find(sorted.begin(), sorted.end()))};
    pointLabels = table.xLabels;
    pointJson = table.xJson;
    return std::nullopt;
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

const char* kHelp =
    "\nReads a qicharts2-style case file, or a CSV file with columns x,y[,n] (header optional,\n"
    "',' or ';' separated, ';' files may use decimal commas, empty cell = missing value), and\n"
    "prints centre line, limits, signals and per-part runs analysis as JSON.\n"
    "Indexes are 0-based: --freeze N uses points 0..N-1 as baseline; --part 12,24 starts new\n"
    "parts at points 12 and 24 (parts override --freeze); --exclude 3,4 leaves points out of\n"
    "the calculations. For xbar, x is the subgroup of each observation.\n";

} // namespace

int AnalyzeCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("case"), QStringLiteral("Oracle case file (JSON with chart and inputs)."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), QStringLiteral("CSV file with columns x,y[,n]."), QStringLiteral("FILE")},
        {QStringLiteral("chart"), QStringLiteral("Chart type for --csv: run, i, mr, c, u, p, g, t, xbar, pp, up."), QStringLiteral("TYPE")},
        {QStringLiteral("freeze"), QStringLiteral("Baseline length: points 0..N-1 set centre line and limits."), QStringLiteral("N")},
        {QStringLiteral("part"), QStringLiteral("0-based indexes where new parts start, comma separated."), QStringLiteral("I,J")},
        {QStringLiteral("exclude"), QStringLiteral("0-based indexes of points to exclude, comma separated."), QStringLiteral("I,J")},
        {QStringLiteral("multiply"), QStringLiteral("Scale values and lines, e.g. 100 for percent."), QStringLiteral("M")},
        {QStringLiteral("rules"), QStringLiteral("Runs rules: anhoej (default) or ihi."), QStringLiteral("SET")},
        {QStringLiteral("explain"), QStringLiteral("Add plain-language sentences under \"explanation\".")},
    });
    if (auto code = parseCommandLine(parser, name(), summary() + QString::fromLatin1(kHelp), args, out, err))
        return *code;
    const auto usage = [&](const QString& message) {
        err << "analyze: " << message << "\nTry 'medicinsikker-cli analyze --help'.\n";
        return 2;
    };
    const bool fromCase = parser.isSet(QStringLiteral("case"));
    if (fromCase == parser.isSet(QStringLiteral("csv")))
        return usage(QStringLiteral("give either --case FILE or --chart TYPE --csv FILE"));
    for (const char* option : {"chart", "freeze", "part", "exclude", "multiply"}) {
        if (fromCase && parser.isSet(QString::fromLatin1(option)))
            return usage(QStringLiteral("--%1 cannot be combined with --case (the case file sets it)").arg(QString::fromLatin1(option)));
    }

    Table table;
    ChartInput input;
    if (auto rules = parser.value(QStringLiteral("rules")); !rules.isEmpty()) {
        const auto set = analysis::ruleSetFromString(rules.toStdString());
        if (!set)
            return usage(QStringLiteral("--rules must be anhoej or ihi, not '%1'").arg(rules));
        input.rules = *set;
    }
    if (!fromCase) {
        const auto chart = analysis::chartTypeFromString(parser.value(QStringLiteral("chart")).toStdString());
        if (!chart)
            return usage(QStringLiteral("--chart must be one of run, i, mr, c, u, p, g, t, xbar, pp, up"));
        table.chart = *chart;
        bool ok = true;
        if (parser.isSet(QStringLiteral("freeze"))) {
            input.freeze = parser.value(QStringLiteral("freeze")).toInt(&ok);
            if (!ok)
                return usage(QStringLiteral("--freeze must be a whole number"));
        }
        for (const char* option : {"part", "exclude"}) {
            const auto list = parseIndexList(parser.value(QString::fromLatin1(option)));
            if (!list)
                return usage(QStringLiteral("--%1 must be comma-separated whole numbers").arg(QString::fromLatin1(option)));
            (option[0] == 'p' ? input.parts : input.exclude) = *list;
        }
        if (parser.isSet(QStringLiteral("multiply"))) {
            input.multiply = parser.value(QStringLiteral("multiply")).toDouble(&ok);
            if (!ok)
                return usage(QStringLiteral("--multiply must be a number"));
        }
    }

    const QString path = parser.value(fromCase ? QStringLiteral("case") : QStringLiteral("csv"));
    QString readError;
    const auto bytes = readFile(path, readError);
    if (!bytes) {
        err << "analyze: " << readError << "\n";
        return 1;
    }
    std::optional<FileError> problem = fromCase ? readCase(*bytes, table, input) : readCsv(*bytes, table);
    QStringList pointLabels;
    std::vector<std::string> pointJson;
    if (!problem) {
        if (!fromCase) {
            table.id = QFileInfo(path).completeBaseName();
            sortRows(table);
        }
        problem = toInput(table, input, pointLabels, pointJson);
    }
    if (problem) {
        err << "analyze: " << path << ": " << problem->message << "\n";
        return 1;
    }

    const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(table.chart, input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome)) {
        err << "analyze: " << path << ": " << QString::fromStdString(error->message) << "\n";
        return 1;
    }
    const auto& result = std::get<analysis::ChartResult>(outcome);
    std::string json = "{\n  \"id\": " + stringToken(table.id) + ",\n  \"outputs\": " +
                       ChartResultJson::outputs(result, pointJson, 2);
    if (parser.isSet(QStringLiteral("explain"))) {
        json += ",\n  \"explanation\": [";
        const QStringList sentences = domain::SignalExplanation::explain(result, pointLabels);
        for (qsizetype i = 0; i < sentences.size(); ++i)
            json += (i > 0 ? ",\n    " : "\n    ") + stringToken(sentences.at(i));
        json += "\n  ]";
    }
    json += "\n}\n";
    out << QString::fromStdString(json);
    out.flush();
    return 0;
}

} // namespace medsafe::cli
