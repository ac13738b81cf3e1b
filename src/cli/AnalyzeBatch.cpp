#include "cli/AnalyzeBatch.h"

#include "analysis/ChartResultJson.h"
#include "cli/AnalyzeCommand.h"
#include "cli/CliMessages.h"
#include "cli/SeriesAnalysis.h"
#include "cli/SeriesCsv.h"
#include "cli/SeriesJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace medsafe::cli {

namespace {

class Writer {
public:
    Writer(QTextStream& out, bool explain) : m_out(out), m_explain(explain) {}

    void analyse(const SeriesRequest& request, qsizetype line)
    {
        const SeriesOutcome outcome = SeriesAnalysis::run(request, m_explain, true);
        if (outcome.ok)
            m_out << QString::fromStdString(outcome.json);
        else
            error(request.id, line, outcome.error);
    }

    void error(const std::optional<QString>& id, qsizetype line, const QString& message)
    {
        ++m_failed;
        const std::string idToken = id ? analysis::ChartResultJson::quote(id->toStdString()) : std::string("null");
        m_out << QString::fromStdString("{\"id\": " + idToken + ", \"line\": " + std::to_string(line) +
                                        ", \"error\": " + analysis::ChartResultJson::quote(message.toStdString()) + "}\n");
    }

    int failed() const { return m_failed; }

private:
    QTextStream& m_out;
    bool m_explain;
    int m_failed = 0;
};

int runJsonLines(const QByteArray& input, const SeriesRequest& defaults, Writer& writer)
{
    int series = 0;
    qsizetype line = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        ++line;
        const QByteArray text = input.mid(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        ++series;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            writer.error(std::nullopt, line,
                         parseError.error != QJsonParseError::NoError
                             ? AnalyzeCommand::tr("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
                             : AnalyzeCommand::tr("a line must hold one JSON object"));
            continue;
        }
        SeriesRequest request = defaults;
        request.options = {};
        request.id = QString::number(line); // until the line names its id
        if (auto problem = SeriesJson::read(doc.object(), request)) {
            writer.error(request.id, line, *problem);
            continue;
        }
        SeriesOptions options = defaults.options;
        options.overrideWith(request.options);
        request.options = options;
        writer.analyse(request, line);
    }
    return series;
}

} // namespace

int AnalyzeBatch::run(const QByteArray& input, const SeriesRequest& defaults, bool explain, QTextStream& out, QTextStream& err)
{
    Writer writer(out, explain);
    const QByteArray data = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    qsizetype firstChar = 0;
    while (firstChar < data.size() && QChar::isSpace(static_cast<uchar>(data.at(firstChar))))
        ++firstChar;
    int series = 0;
    if (firstChar < data.size() && data.at(firstChar) == '{') {
        series = runJsonLines(data, defaults, writer);
    } else {
        std::vector<CsvSeries> all;
        if (auto problem = SeriesCsv::readLong(data, defaults, all)) {
            CliMessages::print(err, QStringLiteral("analyze"), *problem);
            out.flush();
            return 1;
        }
        series = static_cast<int>(all.size());
        for (const CsvSeries& s : all) {
            if (s.error)
                writer.error(s.request.id, s.line, *s.error);
            else
                writer.analyse(s.request, s.line);
        }
    }
    out.flush();
    if (series == 0) {
        CliMessages::print(err, QStringLiteral("analyze"), AnalyzeCommand::tr("no data rows"));
        return 1;
    }
    if (writer.failed() > 0) {
        CliMessages::print(err, QStringLiteral("analyze"),
                           AnalyzeCommand::tr("%1 of %n series could not be analysed (see the lines with \"error\")", nullptr, series)
                               .arg(writer.failed()));
        return 1;
    }
    return 0;
}

} // namespace medsafe::cli
