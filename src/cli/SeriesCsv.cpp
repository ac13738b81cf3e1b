#include "cli/SeriesCsv.h"

#include "analysis/ChartResultJson.h"
#include "cli/AnalyzeCommand.h"

#include <QHash>
#include <QRegularExpression>

namespace medsafe::cli {

using analysis::Value;

namespace {

struct Rows {
    QStringList lines;
    QChar separator = QLatin1Char(',');
    bool decimalComma = false;
};

Rows rowsOf(const QByteArray& bytes)
{
    Rows rows;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    rows.lines = text.split(lineBreak);
    for (const QString& line : rows.lines) {
        if (!line.trimmed().isEmpty()) {
            rows.separator = line.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
            break;
        }
    }
    rows.decimalComma = rows.separator == QLatin1Char(';');
    return rows;
}

QStringList cellsOf(const QString& line, QChar separator)
{
    QStringList cells = line.split(separator);
    for (QString& cell : cells) {
        cell = cell.trimmed();
        if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
            cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")).trimmed();
    }
    return cells;
}

std::optional<double> parseNumber(QString cell, bool decimalComma)
{
    if (decimalComma)
        cell.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// x as a JSON token: small integers as numbers (as the case files write them), the rest as text.
std::string xToken(const QString& x)
{
    static const QRegularExpression integer(QStringLiteral("^-?\\d{1,9}$"));
    return integer.match(x).hasMatch() ? std::to_string(x.toInt()) : analysis::ChartResultJson::quote(x.toStdString());
}

// Adds x, y and n of one row (cells from `first`: x, y, n) to `r`; a message on a bad cell.
std::optional<QString> addRow(const QStringList& cells, qsizetype first, qsizetype line, bool decimalComma, SeriesRequest& r)
{
    const QString x = cells.value(first);
    const bool pareto = r.kind == SeriesKind::Pareto;
    if (x.isEmpty() && !pareto)
        return AnalyzeCommand::tr("line %1: x is empty").arg(line);
    r.xLabels << x;
    r.xJson.push_back(x.isEmpty() ? std::string("null") : xToken(x));
    r.xMissing.push_back(x.isEmpty());
    for (qsizetype column = first + 1; column <= first + 2; ++column) {
        const QString cell = cells.value(column);
        Value v;
        if (!cell.isEmpty()) {
            v = parseNumber(cell, decimalComma);
            if (!v)
                return AnalyzeCommand::tr("line %1: '%2' is not a number").arg(QString::number(line), cell);
        }
        (column == first + 1 ? r.y : r.n).push_back(v);
        if (column == first + 2 && v)
            r.hasN = true;
    }
    return std::nullopt;
}

bool isHeader(const QStringList& cells, qsizetype yColumn, bool decimalComma)
{
    const QString y = cells.value(yColumn);
    return !y.isEmpty() && !parseNumber(y, decimalComma);
}

} // namespace

std::optional<QString> SeriesCsv::readSeries(const QByteArray& bytes, SeriesRequest& r)
{
    const Rows rows = rowsOf(bytes);
    bool first = true;
    bool threeColumns = false;
    for (qsizetype number = 0; number < rows.lines.size(); ++number) {
        const QString& line = rows.lines.at(number);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = cellsOf(line, rows.separator);
        const qsizetype line1 = number + 1;
        if (cells.size() < 2)
            return AnalyzeCommand::tr("line %1: expected at least two columns (x, y), separated by '%2'")
                .arg(line1)
                .arg(rows.separator);
        const bool header = first && isHeader(cells, 1, rows.decimalComma);
        if (first)
            threeColumns = cells.size() >= 3;
        first = false;
        if (header)
            continue;
        if (auto e = addRow(threeColumns ? cells : cells.mid(0, 2), 0, line1, rows.decimalComma, r))
            return e;
    }
    // A third column makes a denominator even where its cells are empty (missing n).
    r.hasN = threeColumns;
    if (!threeColumns)
        r.n.clear();
    if (r.y.empty())
        return AnalyzeCommand::tr("no data rows");
    return std::nullopt;
}

std::optional<QString> SeriesCsv::readLong(const QByteArray& bytes, const SeriesRequest& defaults, std::vector<CsvSeries>& series)
{
    const Rows rows = rowsOf(bytes);
    QHash<QString, std::size_t> index;
    bool first = true;
    for (qsizetype number = 0; number < rows.lines.size(); ++number) {
        const QString& line = rows.lines.at(number);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = cellsOf(line, rows.separator);
        const qsizetype line1 = number + 1;
        const bool header = first && isHeader(cells, 2, rows.decimalComma);
        first = false;
        if (header)
            continue;
        const QString id = cells.value(0);
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, series.size());
            CsvSeries s;
            s.request = defaults;
            s.request.id = id;
            s.line = line1;
            series.push_back(std::move(s));
        }
        CsvSeries& s = series[it.value()];
        if (s.error)
            continue;
        if (cells.size() < 3) {
            s.error = AnalyzeCommand::tr("line %1: expected at least three columns (series, x, y), separated by '%2'")
                          .arg(line1)
                          .arg(rows.separator);
            continue;
        }
        if (const QString chart = cells.value(4); !chart.isEmpty()) {
            SeriesKind kind = SeriesKind::Qic;
            analysis::ChartType type = analysis::ChartType::Run;
            if (!seriesChartFromString(chart, kind, type)) {
                s.error = AnalyzeCommand::tr("line %1: '%2' is not a chart type (%3)")
                              .arg(QString::number(line1), chart, seriesChartNames().join(QStringLiteral(", ")));
                continue;
            }
            const bool earlierRows = !s.request.xLabels.isEmpty();
            if (s.request.hasChart && earlierRows && (kind != s.request.kind || type != s.request.chart)) {
                s.error = AnalyzeCommand::tr("line %1: chart '%2' differs from the chart of the series' earlier rows")
                              .arg(QString::number(line1), chart);
                continue;
            }
            s.request.kind = kind;
            s.request.chart = type;
            s.request.hasChart = true;
        }
        if (auto e = addRow(cells, 1, line1, rows.decimalComma, s.request))
            s.error = e;
    }
    for (CsvSeries& s : series) {
        if (!s.request.hasN)
            s.request.n.clear();
        if (s.request.kind == SeriesKind::Pareto && s.request.xMissing.empty())
            s.request.xMissing.assign(s.request.y.size(), false);
    }
    if (series.empty())
        return AnalyzeCommand::tr("no data rows");
    return std::nullopt;
}

} // namespace medsafe::cli
