// `analyze --batch`: JSON Lines and long CSV in, one JSON result per series and line out, in
// input order; a bad series gives an error line naming its id and input line, the others go on,
// and the exit code tells whether any failed. Each result must equal the single-series run.

#include "AnalyzeRun.h"
#include "common/OracleCompare.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using medsafe::testing::analyze;
using medsafe::testing::AnalyzeRun;
using medsafe::testing::writeFile;

TEST_CASE("analyze --batch, JSON Lines: results in order, options, an error line per bad series", "[cli][batch]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, QStringLiteral("series.jsonl"),
        R"({"id": "falls", "chart": "p", "x": [1, 2, 3, 4, 5], "y": [2, 3, 1, 4, 2], "n": [20, 25, 18, 30, 22], "options": {"multiply": 100}})"
        "\n"
        R"({"id": "bad-y", "chart": "i", "x": [1, 2, 3], "y": [1, "two", 3]})"
        "\n\n"
        "{not json\n"
        R"({"id": "serious", "chart": "bchart", "y": [0, 0, 1, 0, 0, 0, 1, 0], "options": {"target": 0.1, "or": 3}})"
        "\n"
        R"({"id": "cats", "chart": "pareto", "x": ["dose", "time", "dose", null]})"
        "\n"
        R"({"id": "typo", "chart": "i", "x": [1, 2], "y": [1, 2], "options": {"freez": 1}})"
        "\n"
        R"({"id": "subgroups", "x": [1, 1, 2, 2, 3, 3], "y": [4, 5, 6, 5, 4, 7]})"
        "\n");
    const AnalyzeRun run = analyze({QStringLiteral("--batch"), path, QStringLiteral("--chart"), QStringLiteral("s")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("3 of 7 series")));
    const QList<QJsonObject> lines = run.lines();
    REQUIRE(lines.size() == 7);
    CHECK(run.out.count(QLatin1Char('\n')) == 7); // one line per series, nothing else

    CHECK(lines[0].value(QStringLiteral("id")) == QStringLiteral("falls"));
    CHECK(medsafe::testing::pointsOf(lines[0], "y").at(0).toDouble() == Approx(10.0));
    CHECK(lines[1].value(QStringLiteral("id")) == QStringLiteral("bad-y"));
    CHECK(lines[1].value(QStringLiteral("line")).toInt() == 2);
    CHECK(lines[1].value(QStringLiteral("error")).toString().contains(QStringLiteral("inputs.y[1]")));
    CHECK(lines[2].value(QStringLiteral("id")).isNull());
    CHECK(lines[2].value(QStringLiteral("line")).toInt() == 4);
    CHECK(lines[2].value(QStringLiteral("error")).toString().contains(QStringLiteral("not valid JSON")));
    CHECK(lines[3].value(QStringLiteral("outputs")).toObject().value(QStringLiteral("or")).toDouble() == 3.0);
    CHECK(lines[4].value(QStringLiteral("outputs")).toObject().value(QStringLiteral("n_categories")).toInt() == 2);
    CHECK(lines[5].value(QStringLiteral("error")).toString().contains(QStringLiteral("freez")));
    CHECK(lines[5].value(QStringLiteral("line")).toInt() == 7);
    // The command line's --chart s applies where a line names no chart.
    CHECK(medsafe::testing::pointsOf(lines[6], "subgroup_size") == QJsonArray({2, 2, 2}));

    // Each result is exactly what the single-series run prints for the same data.
    const QString single = writeFile(dir, QStringLiteral("falls.json"),
                                     R"({"id": "falls", "chart": "p", "inputs": {"x": [1, 2, 3, 4, 5], "y": [2, 3, 1, 4, 2],)"
                                     R"( "n": [20, 25, 18, 30, 22], "multiply": 100}})");
    const AnalyzeRun alone = analyze({QStringLiteral("--case"), single});
    REQUIRE(alone.code == 0);
    CHECK(alone.json() == lines[0]);
}

TEST_CASE("analyze --batch, long CSV: grouping by id, chart column, bad rows spoil only their series", "[cli][batch]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("long.csv"),
                                   "serie;x;y;n;diagram\n"
                                   "A;2024-02-01;3;40;p\n"
                                   "B;1;5;;\n"
                                   "A;2024-01-01;2,5;30;\n"
                                   "B;2;x;;\n"
                                   "C;1;0;;bchart\n"
                                   "C;2;1;;bchart\n"
                                   "C;3;0;;bchart\n"
                                   "D;1;4;;kurve\n"
                                   "A;2024-03-01;4;50;\n");
    const AnalyzeRun run = analyze({QStringLiteral("--batch"), path});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    const QList<QJsonObject> lines = run.lines();
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].value(QStringLiteral("id")) == QStringLiteral("A"));
    CHECK(medsafe::testing::pointsOf(lines[0], "y").at(0).toDouble() == Approx(2.5 / 30));
    CHECK(medsafe::testing::pointsOf(lines[0], "x").size() == 3);
    CHECK(lines[1].value(QStringLiteral("id")) == QStringLiteral("B"));
    CHECK(lines[1].value(QStringLiteral("error")).toString().contains(QStringLiteral("line 5: 'x' is not a number")));
    CHECK(lines[1].value(QStringLiteral("line")).toInt() == 3);
    CHECK(lines[2].value(QStringLiteral("outputs")).toObject().value(QStringLiteral("n_points")).toInt() == 3);
    CHECK(lines[3].value(QStringLiteral("error")).toString().contains(QStringLiteral("'kurve' is not a chart type")));

    // Without --chart and without a chart column, every series says so.
    const QString noChart = writeFile(dir, QStringLiteral("nochart.csv"), "A,1,2\nA,2,3\n");
    const AnalyzeRun none = analyze({QStringLiteral("--batch"), noChart});
    CHECK(none.code == 1);
    REQUIRE(none.lines().size() == 1);
    CHECK(none.lines()[0].value(QStringLiteral("error")).toString().contains(QStringLiteral("no chart type")));

    // An empty input is an error, not an empty success.
    const AnalyzeRun empty = analyze({QStringLiteral("--batch"), writeFile(dir, QStringLiteral("empty.csv"), "\n")});
    CHECK(empty.code == 1);
    CHECK(empty.out.isEmpty());
}

TEST_CASE("analyze --batch: 10,000 series in one call agree with one-by-one runs", "[cli][batch][scale]")
{
    QTemporaryDir dir;
    QRandomGenerator random(17);
    QByteArray jsonl;
    QByteArray csv = "series,x,y,n\n";
    const char* charts[] = {"run", "i", "p", "c", "u", "ip", "pp"};
    std::vector<QByteArray> singles; // a sample checked one by one
    for (int s = 0; s < 10000; ++s) {
        const char* chart = charts[s % 7];
        const bool rate = chart[0] == 'p' || chart[0] == 'u' || (chart[0] == 'i' && chart[1] == 'p');
        const int points = 12 + static_cast<int>(random.bounded(40));
        QByteArray x, y, n;
        for (int i = 0; i < points; ++i) {
            const int denominator = 20 + static_cast<int>(random.bounded(80));
            const int count = static_cast<int>(random.bounded(denominator / 3 + 1));
            x += (i ? "," : "") + QByteArray::number(i);
            y += (i ? "," : "") + QByteArray::number(count);
            n += (i ? "," : "") + QByteArray::number(denominator);
            csv += "s" + QByteArray::number(s) + ',' + QByteArray::number(i) + ',' + QByteArray::number(count) + ',' +
                   (rate ? QByteArray::number(denominator) : QByteArray()) + '\n';
        }
        const QByteArray line = "{\"id\": \"s" + QByteArray::number(s) + "\", \"chart\": \"" + chart + "\", \"x\": [" + x +
                                "], \"y\": [" + y + "]" + (rate ? ", \"n\": [" + n + "]" : QByteArray()) +
                                ", \"options\": {\"method\": \"bestbox\"}}";
        jsonl += line + '\n';
        if (s % 1000 == 0)
            singles.push_back(line);
    }
    const QString jsonlPath = writeFile(dir, QStringLiteral("many.jsonl"), jsonl);
    QElapsedTimer timer;
    timer.start();
    const AnalyzeRun run = analyze({QStringLiteral("--batch"), jsonlPath});
    const qint64 ms = timer.elapsed();
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QList<QJsonObject> lines = run.lines();
    REQUIRE(lines.size() == 10000);
    WARN("10,000 series in " << ms << " ms (Debug build, in-process)");
    for (qsizetype s = 0; s < lines.size(); ++s) {
        if (lines[s].value(QStringLiteral("id")).toString() != QStringLiteral("s%1").arg(s)) {
            FAIL("line " << s << " is " << lines[s].value(QStringLiteral("id")).toString().toStdString());
        }
    }
    // Every 1000th series, run alone as a one-line batch, prints the same result.
    for (std::size_t k = 0; k < singles.size(); ++k) {
        const AnalyzeRun alone = analyze({QStringLiteral("--batch"), writeFile(dir, QStringLiteral("one.jsonl"), singles[k])});
        REQUIRE(alone.code == 0);
        CHECK(alone.lines().value(0) == lines[static_cast<qsizetype>(k * 1000)]);
    }

    // The same series as a long CSV (charts from --chart per file would differ, so compare i only).
    const AnalyzeRun fromCsv = analyze({QStringLiteral("--batch"), writeFile(dir, QStringLiteral("many.csv"), csv),
                                        QStringLiteral("--chart"), QStringLiteral("i"), QStringLiteral("--method"), QStringLiteral("bestbox")});
    REQUIRE(fromCsv.code == 0);
    const QList<QJsonObject> csvLines = fromCsv.lines();
    REQUIRE(csvLines.size() == 10000);
    for (qsizetype s = 1; s < 10000; s += 7) // charts[1] == "i", no denominator in the CSV
        CHECK(csvLines[s] == lines[s]);
}
