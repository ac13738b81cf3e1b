// The issue 17 options typed on the command line: every extended qicharts2 case whose options
// can be typed (scalar cl and target) is written as a CSV file plus options, run through
// `analyze --chart ... --csv`, and must print the case's outputs. This checks the CSV reading,
// the grouping of repeated x and the option parsing against qicharts2, not just the case reader.

#include "AnalyzeRun.h"
#include "analysis/ExtendedCaseChecks.h"
#include "common/OracleCompare.h"

#include <QDir>
#include <QLocale>
#include <QMap>

#include <catch2/catch.hpp>

using medsafe::testing::analyze;
using medsafe::testing::AnalyzeRun;
using medsafe::testing::writeFile;

namespace {

QString cell(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QString() : QString::number(v.toDouble(), 'g', 17);
}

// CSV text and options for one case; false when an option cannot be typed on the command line.
bool asCsv(const QJsonObject& root, QByteArray& csv, QStringList& args)
{
    const QString chart = root.value(QStringLiteral("chart")).toString();
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    args << QStringLiteral("--chart") << chart;
    if (chart == QLatin1String("pareto")) {
        // Tallied per category: the CSV form of a Pareto chart is category,count.
        QMap<QString, int> counts;
        int missing = 0;
        for (const QJsonValue& x : in.value(QStringLiteral("x")).toArray())
            x.isNull() ? ++missing : ++counts[x.toString()];
        csv = "category,count\n";
        for (auto it = counts.begin(); it != counts.end(); ++it)
            csv += it.key().toUtf8() + ',' + QByteArray::number(it.value()) + '\n';
        if (missing > 0)
            csv += "," + QByteArray::number(missing) + '\n';
        args << QStringLiteral("--use-na") << (in.value(QStringLiteral("use_na")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return true;
    }
    const QJsonArray y = in.value(QStringLiteral("y")).toArray();
    const QJsonArray x = in.value(QStringLiteral("x")).toArray();
    const QJsonArray n = in.value(QStringLiteral("n")).toArray();
    const bool hasN = in.contains(QStringLiteral("n"));
    csv = hasN ? "x,y,n\n" : "x,y\n";
    for (qsizetype i = 0; i < y.size(); ++i) {
        csv += (chart == QLatin1String("bchart") ? QString::number(i) : cell(x.at(i))).toUtf8() + ',' + cell(y.at(i)).toUtf8();
        if (hasN)
            csv += ',' + cell(n.at(i)).toUtf8();
        csv += '\n';
    }
    const auto list = [](const QJsonValue& v) {
        QStringList items;
        for (const QJsonValue& e : v.isArray() ? v.toArray() : QJsonArray{v})
            items << QString::number(e.toInt());
        return items.join(QLatin1Char(','));
    };
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("x") || key == QLatin1String("y") || key == QLatin1String("n"))
            continue;
        if ((key == QLatin1String("cl") || key == QLatin1String("target")) && !v.isDouble())
            return false; // one value per point: only a case file or a batch line can say that
        if (key == QLatin1String("freeze"))
            args << QStringLiteral("--freeze") << list(v);
        else if (key == QLatin1String("part") || key == QLatin1String("exclude"))
            args << QStringLiteral("--") + key << list(v);
        else if (key == QLatin1String("y_neg"))
            args << QStringLiteral("--y-neg") << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (key == QLatin1String("agg_fun"))
            args << QStringLiteral("--agg-fun") << v.toString();
        else
            args << QStringLiteral("--") + key << cell(v); // multiply, cl, target, or, limit
    }
    const QString method = root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("method")).toString();
    if (!method.isEmpty())
        args << QStringLiteral("--method") << method;
    return true;
}

} // namespace

TEST_CASE("analyze --csv with typed options reproduces the extended cases", "[cli][oracle][extended]")
{
    const QDir dir(QStringLiteral(MEDSAFE_EXTENDED_ORACLE_DIR));
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    int run = 0;
    int perPoint = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        if (!root.contains(QStringLiteral("chart")))
            continue;
        QByteArray csv;
        QStringList args;
        if (!asCsv(root, csv, args)) {
            ++perPoint;
            continue;
        }
        ++run;
        const QString path = writeFile(temp, name + QStringLiteral(".csv"), csv);
        INFO("case " << name.toStdString() << ": " << args.join(QLatin1Char(' ')).toStdString());
        const AnalyzeRun result = analyze(args << QStringLiteral("--csv") << path);
        INFO(result.err.toStdString());
        REQUIRE(result.code == 0);
        const QJsonObject want = root.value(QStringLiteral("outputs")).toObject();
        const QJsonObject got = result.json().value(QStringLiteral("outputs")).toObject();
        QStringList mismatches = medsafe::testing::compareOutputs(want, got);
        if (root.value(QStringLiteral("chart")).toString() == QLatin1String("pareto"))
            medsafe::testing::compareExactly(want.value(QStringLiteral("categories")).toObject(),
                                             got.value(QStringLiteral("categories")).toObject(),
                                             {QStringLiteral("y"), QStringLiteral("y_cum")}, mismatches);
        INFO(mismatches.mid(0, 12).join(QLatin1Char('\n')).toStdString());
        CHECK(mismatches.isEmpty());
    }
    CHECK(run >= 430);
    CHECK(perPoint < 30);
}

TEST_CASE("analyze: repeated x, options that do not fit the chart, explanations", "[cli]")
{
    QTemporaryDir dir;
    // Two values on one day sum on a c chart (it always sums) and average on an i chart.
    const QString repeated = writeFile(dir, QStringLiteral("rep.csv"), "2024-01-01,3\n2024-01-01,4\n2024-02-01,5\n2024-03-01,2\n");
    const AnalyzeRun c = analyze({QStringLiteral("--chart"), QStringLiteral("c"), QStringLiteral("--csv"), repeated});
    REQUIRE(c.code == 0);
    CHECK(medsafe::testing::pointsOf(c.json(), "y") == QJsonArray({7, 5, 2}));
    CHECK(medsafe::testing::pointsOf(c.json(), "x") ==
          QJsonArray({QStringLiteral("2024-01-01"), QStringLiteral("2024-02-01"), QStringLiteral("2024-03-01")}));
    const AnalyzeRun median = analyze({QStringLiteral("--chart"), QStringLiteral("i"), QStringLiteral("--agg-fun"),
                                       QStringLiteral("median"), QStringLiteral("--csv"), repeated});
    REQUIRE(median.code == 0);
    CHECK(medsafe::testing::pointsOf(median.json(), "y") == QJsonArray({3.5, 5, 2}));

    // --or belongs to bchart only; --freeze not to bchart: refused with the option's name.
    const AnalyzeRun misplaced = analyze({QStringLiteral("--chart"), QStringLiteral("i"), QStringLiteral("--or"),
                                          QStringLiteral("3"), QStringLiteral("--csv"), repeated});
    CHECK(misplaced.code == 1);
    CHECK(misplaced.err.contains(QStringLiteral("option or does not apply to a i chart")));

    // A CUSUM signal is explained with the case it happened at (numbers in the C locale here).
    QLocale::setDefault(QLocale::c());
    QByteArray cases;
    for (int i = 0; i < 40; ++i)
        cases += QByteArray::number(i) + ',' + (i >= 30 ? "1" : "0") + '\n';
    const QString cusumPath = writeFile(dir, QStringLiteral("cusum.csv"), cases);
    const AnalyzeRun cusum = analyze({QStringLiteral("--chart"), QStringLiteral("bchart"), QStringLiteral("--target"),
                                      QStringLiteral("0.05"), QStringLiteral("--explain"), QStringLiteral("--csv"), cusumPath});
    INFO(cusum.err.toStdString() << cusum.out.toStdString());
    REQUIRE(cusum.code == 0);
    const QJsonArray sentences = cusum.json().value(QStringLiteral("explanation")).toArray();
    CHECK(sentences.contains(QStringLiteral("Expected risk of an event: 5.0 %.")));
    bool risen = false;
    for (const QJsonValue& s : sentences)
        risen = risen || s.toString().startsWith(QStringLiteral("Signal: the risk has risen; the upper CUSUM reached the limit"));
    CHECK(risen);
}
