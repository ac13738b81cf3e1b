// `medicinsikker-cli analyze`, run in-process: every oracle case through --case (the original
// and the extended qicharts2 cases) must print the case's outputs (same comparison as the
// engine's oracle tests), and CSV input must work.

#include "AnalyzeRun.h"
#include "analysis/ChartAnalyzer.h"
#include "analysis/ExtendedCaseChecks.h"
#include "common/OracleCompare.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
using Run = medsafe::testing::AnalyzeRun;
using medsafe::testing::analyze;
using medsafe::testing::writeFile;

QJsonArray pointsArray(const Run& run, const char* key)
{
    return medsafe::testing::pointsOf(run.json(), key);
}
} // namespace

TEST_CASE("analyze --case reproduces every oracle case", "[cli][oracle]")
{
    const QDir dir(QStringLiteral(MEDSAFE_ORACLE_DIR));
    int cases = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        if (!expected.contains(QStringLiteral("chart")))
            continue; // the thresholds table
        ++cases;
        INFO("case file " << name.toStdString());
        const Run run = analyze({QStringLiteral("--case"), dir.filePath(name)});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        QJsonParseError parseError;
        const QJsonObject actual = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        REQUIRE(parseError.error == QJsonParseError::NoError);
        CHECK(actual.value(QStringLiteral("id")) == expected.value(QStringLiteral("id")));
        CHECK(actual.keys() == QStringList({QStringLiteral("id"), QStringLiteral("outputs")}));
        const QStringList mismatches = medsafe::testing::compareOutputs(expected.value(QStringLiteral("outputs")).toObject(),
                                                                        actual.value(QStringLiteral("outputs")).toObject());
        INFO(mismatches.mid(0, 20).join(QLatin1Char('\n')).toStdString());
        CHECK(mismatches.isEmpty());
    }
    CHECK(cases >= 114);
}

TEST_CASE("analyze --case reproduces every extended qicharts2 case", "[cli][oracle][extended]")
{
    // s, ip, bchart, pareto and the options method, agg_fun, cl, target and y_neg, read from the
    // case file by the command itself (not by the engine tests' reader).
    const QDir dir(QStringLiteral(MEDSAFE_EXTENDED_ORACLE_DIR));
    QMap<QString, int> casesByChart;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        if (!expected.contains(QStringLiteral("chart")))
            continue; // box_signals.json
        const QString chart = expected.value(QStringLiteral("chart")).toString();
        ++casesByChart[chart];
        INFO("case file " << name.toStdString());
        const Run run = analyze({QStringLiteral("--case"), dir.filePath(name)});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        QJsonParseError parseError;
        const QJsonObject actual = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        REQUIRE(parseError.error == QJsonParseError::NoError);
        CHECK(actual.value(QStringLiteral("id")) == expected.value(QStringLiteral("id")));
        const QJsonObject want = expected.value(QStringLiteral("outputs")).toObject();
        const QJsonObject got = actual.value(QStringLiteral("outputs")).toObject();
        QStringList mismatches = medsafe::testing::compareOutputs(want, got);
        // Counts the real-number rules would accept within 1e-9 must be exact.
        if (chart == QLatin1String("bchart")) {
            medsafe::testing::compareExactly(want, got, {QStringLiteral("baseline")}, mismatches);
            medsafe::testing::compareExactly(want.value(QStringLiteral("points")).toObject(),
                                             got.value(QStringLiteral("points")).toObject(), {QStringLiteral("y")}, mismatches);
        } else if (chart == QLatin1String("pareto")) {
            medsafe::testing::compareExactly(want.value(QStringLiteral("categories")).toObject(),
                                             got.value(QStringLiteral("categories")).toObject(),
                                             {QStringLiteral("y"), QStringLiteral("y_cum")}, mismatches);
        }
        INFO(mismatches.mid(0, 20).join(QLatin1Char('\n')).toStdString());
        CHECK(mismatches.isEmpty());
    }
    CHECK(casesByChart.value(QStringLiteral("s")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("ip")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("bchart")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("pareto")) >= 30);
    int all = 0;
    for (int n : casesByChart)
        all += n;
    CHECK(all >= 459);
}

TEST_CASE("analyze --help and bad arguments", "[cli]")
{
    const Run help = analyze({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--csv")));
    CHECK(help.out.contains(QStringLiteral("--explain")));

    CHECK(analyze({}).code == 2);
    CHECK(analyze({QStringLiteral("--csv"), QStringLiteral("x.csv"), QStringLiteral("--chart"), QStringLiteral("q")}).code == 2);
    CHECK(analyze({QStringLiteral("--case"), QStringLiteral("a.json"), QStringLiteral("--freeze"), QStringLiteral("3")}).code == 2);
    CHECK(analyze({QStringLiteral("--csv"), QStringLiteral("x.csv"), QStringLiteral("--chart"), QStringLiteral("run"),
                   QStringLiteral("--part"), QStringLiteral("a,b")}).code == 2);
    CHECK(analyze({QStringLiteral("--csv"), QStringLiteral("x.csv"), QStringLiteral("--chart"), QStringLiteral("run"),
                   QStringLiteral("--rules"), QStringLiteral("western-electric")}).code == 2);
    const auto bad = [](std::initializer_list<const char*> words) {
        QStringList args{QStringLiteral("--csv"), QStringLiteral("x.csv"), QStringLiteral("--chart"), QStringLiteral("i")};
        for (const char* w : words)
            args << QString::fromLatin1(w);
        const Run run = analyze(args);
        INFO(run.err.toStdString());
        return run.code == 2 && run.err.contains(QString::fromLatin1(*words.begin()).mid(2));
    };
    CHECK(bad({"--method", "boxy"}));
    CHECK(bad({"--agg-fun", "mode"}));
    CHECK(bad({"--cl", "abc"}));
    CHECK(bad({"--target", "nan"}));
    CHECK(bad({"--y-neg", "no"}));
    CHECK(bad({"--or", "x"}));
    CHECK(analyze({QStringLiteral("--case"), QStringLiteral("a.json"), QStringLiteral("--method"), QStringLiteral("bestbox")}).code == 2);
    CHECK(analyze({QStringLiteral("--case"), QStringLiteral("a.json"), QStringLiteral("--batch"), QStringLiteral("b.jsonl")}).code == 2);
    CHECK(help.out.contains(QStringLiteral("--batch")));
    CHECK(help.out.contains(QStringLiteral("--agg-fun")));
}

TEST_CASE("analyze refuses bad files with a message", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Run missing = analyze({QStringLiteral("--case"), dir.filePath(QStringLiteral("nope.json"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.json")));

    const auto fails = [&](const char* name, const QByteArray& content, const QString& chart, const char* expected) {
        const QString path = writeFile(dir, QString::fromLatin1(name), content);
        const Run run = QString::fromLatin1(name).endsWith(QLatin1String(".json"))
                            ? analyze({QStringLiteral("--case"), path})
                            : analyze({QStringLiteral("--chart"), chart, QStringLiteral("--csv"), path});
        INFO(name << ": " << run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QString::fromLatin1(expected)));
        CHECK(run.out.isEmpty());
    };
    fails("garbage.json", "{not json", {}, "not valid JSON");
    fails("nochart.json", R"({"inputs": {"x": [0, 1], "y": [1, 2]}})", {}, "\"chart\"");
    fails("text.json", R"({"chart": "i", "inputs": {"x": [0, 1], "y": [1, "a"]}})", {}, "inputs.y[1]");
    fails("short.json", R"({"chart": "i", "inputs": {"x": [0], "y": [1, 2]}})", {}, "inputs.x");
    fails("hugefreeze.json", R"({"chart": "run", "inputs": {"x": [0, 1, 2], "y": [1, 2, 3], "freeze": 1e300}})", {}, "whole numbers");
    fails("badpart.json", R"({"chart": "run", "inputs": {"x": [0, 1, 2], "y": [1, 2, 3], "part": [5]}})", {}, "part must start");
    fails("empty.csv", "", QStringLiteral("run"), "no data rows");
    fails("word.csv", "x,y\n1,4\n2,abc\n", QStringLiteral("run"), "line 3: 'abc' is not a number");
    fails("nan.csv", "1,4\n2,nan\n3,5\n", QStringLiteral("i"), "NaN or infinite");
    fails("onecol.csv", "1\n2\n", QStringLiteral("run"), "at least two columns");
    fails("dupcat.csv", "a,3\nb,4\na,5\n", QStringLiteral("pareto"), "category 'a' occurs more than once");
    fails("cusum.csv", "1,0\n2,1\n3,2\n", QStringLiteral("bchart"), "must be 0 or 1");
    fails("sone.csv", "1,5,4\n1,6,4\n2,7,4\n", QStringLiteral("s"), "denominator");
    fails("over.csv", "1,5,4\n2,1,4\n3,2,4\n", QStringLiteral("p"), "numerator exceeds denominator");
    fails("negative.csv", "1,5\n2,-1\n3,2\n", QStringLiteral("c"), "negative count");
    fails("single.csv", "1,5\n", QStringLiteral("run"), "at least 2 points");

    // Odd but harmless x labels are kept as text (and not sorted as numbers).
    const QString oddX = writeFile(dir, QStringLiteral("oddx.csv"), "nan,1\ninf,2\n3,4\n");
    const Run odd = analyze({QStringLiteral("--chart"), QStringLiteral("run"), QStringLiteral("--csv"), oddX});
    CHECK(odd.code == 0);
    CHECK(pointsArray(odd, "x") == QJsonArray({QStringLiteral("nan"), QStringLiteral("inf"), 3}));
}

TEST_CASE("analyze --csv: header, semicolons, decimal commas, missing cells, sorting", "[cli]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("falls.csv"),
                                   "\xEF\xBB\xBFmåned;fejl;doser\r\n2024-03-01;2;40\r\n2024-01-01;1,5;30\r\n"
                                   "2024-02-01;;35\r\n2024-04-01;3;\"50\"\r\n");
    const Run run = analyze({QStringLiteral("--chart"), QStringLiteral("p"), QStringLiteral("--csv"), path,
                             QStringLiteral("--multiply"), QStringLiteral("100")});
    INFO(run.err.toStdString() << run.out.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.json().value(QStringLiteral("id")).toString() == QStringLiteral("falls"));
    CHECK(pointsArray(run, "x") == QJsonArray({QStringLiteral("2024-01-01"), QStringLiteral("2024-02-01"),
                                               QStringLiteral("2024-03-01"), QStringLiteral("2024-04-01")}));
    const QJsonArray y = pointsArray(run, "y");
    CHECK(y.at(0).toDouble() == Approx(5.0)); // 1.5 / 30 * 100
    CHECK(y.at(1).isNull());
    CHECK(y.at(2).toDouble() == Approx(5.0));
    CHECK(y.at(3).toDouble() == Approx(6.0));
    CHECK(pointsArray(run, "cl").at(0).toDouble() == Approx(6.5 / 120 * 100));

    const QString plain = writeFile(dir, QStringLiteral("plain.csv"), "0,5\n1,7\n2,\n3,6\n4,9\n");
    const Run frozen = analyze({QStringLiteral("--chart"), QStringLiteral("i"), QStringLiteral("--csv"), plain,
                                QStringLiteral("--freeze"), QStringLiteral("3"), QStringLiteral("--exclude"), QStringLiteral("1")});
    REQUIRE(frozen.code == 0);
    CHECK(pointsArray(frozen, "x") == QJsonArray({0, 1, 2, 3, 4}));
    CHECK(pointsArray(frozen, "cl").at(4).toDouble() == 5.0);
    CHECK(pointsArray(frozen, "baseline").at(3).toBool() == false);
    CHECK(pointsArray(frozen, "include").at(1).toBool() == false);
}

TEST_CASE("analyze --explain adds sentences beside the unchanged outputs; --rules ihi", "[cli]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("trend.csv"), "x,y\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n7,7\n8,8\n9,9\n10,10\n");
    const QStringList base{QStringLiteral("--chart"), QStringLiteral("run"), QStringLiteral("--csv"), path};
    const Run plain = analyze(base);
    const Run explained = analyze(base + QStringList{QStringLiteral("--explain")});
    REQUIRE(explained.code == 0);
    const QJsonObject json = explained.json();
    CHECK(json.value(QStringLiteral("outputs")) == plain.json().value(QStringLiteral("outputs")));
    const QJsonArray sentences = json.value(QStringLiteral("explanation")).toArray();
    REQUIRE_FALSE(sentences.isEmpty());
    CHECK(sentences.at(0).toString() == QStringLiteral("Run chart, analysed with the Anhøj rules."));
    CHECK(sentences.contains(QStringLiteral("Crossings signal: the curve crosses the median 1 time(s); at least 2 crossings are expected.")));

    const Run ihi = analyze(base + QStringList{QStringLiteral("--rules"), QStringLiteral("ihi"), QStringLiteral("--explain")});
    REQUIRE(ihi.code == 0);
    const QJsonObject part = ihi.json().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("parts")).toArray().at(0).toObject();
    CHECK(part.value(QStringLiteral("rules")).toString() == QStringLiteral("ihi"));
    CHECK(part.value(QStringLiteral("longest_trend")).toInt() == 10);
    CHECK(part.value(QStringLiteral("trend_signal")).toBool());
    CHECK(part.value(QStringLiteral("runs_signal")).toBool());
}
