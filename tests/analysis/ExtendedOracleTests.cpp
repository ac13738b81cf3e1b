// Every case of tests/data/qicharts2-extended (generated with qicharts2 0.8.1 by
// tests/analysis/reference/generate_cases.R): the s and ip charts, the options method, agg.fun,
// cl, target and y.neg, and the t chart's lower limit, through ChartAnalyzer; bchart cases
// through BernoulliCusum and pareto cases through ParetoChart. Same comparison rules as the
// original oracle test (tests/common/OracleCompare.h), plus exact integers where those rules
// would read a field as real.

#include "ExtendedCase.h"
#include "ExtendedCaseChecks.h"
#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "analysis/RunsBoxBounds.h"
#include "common/OracleCase.h"
#include "common/OracleCompare.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QMap>

#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

QStringList checkQicCase(const QJsonObject& root)
{
    const auto oracle = testing::readExtendedCase(root);
    if (!oracle)
        return {QStringLiteral("the case could not be read (unknown chart or option)")};
    const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(oracle->chart, oracle->input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return {QStringLiteral("analysis refused the case: ") + QString::fromStdString(error->message)};
    const auto& result = std::get<analysis::ChartResult>(outcome);
    const std::string json = analysis::ChartResultJson::outputs(result, testing::extendedXTokens(*oracle, root));
    QJsonParseError parseError;
    const QJsonDocument actual = QJsonDocument::fromJson(QByteArray::fromStdString(json), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {QStringLiteral("result JSON does not parse: ") + parseError.errorString()};
    return testing::compareOutputs(oracle->outputs, actual.object());
}
} // namespace

TEST_CASE("engine reproduces every extended qicharts2 case", "[oracle][extended]")
{
    const QDir dir(QStringLiteral(MEDSAFE_EXTENDED_ORACLE_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QMap<QString, int> casesByChart;
    int failing = 0;
    for (const QString& name : files) {
        const QJsonObject root = testing::readCaseFile(dir.filePath(name));
        if (!root.contains(QStringLiteral("chart"))) {
            CHECK(name == QLatin1String("box_signals.json")); // the only table that is not a case
            continue;
        }
        const QString chart = root.value(QStringLiteral("chart")).toString();
        ++casesByChart[chart];
        QStringList mismatches;
        if (chart == QLatin1String("bchart"))
            mismatches = testing::checkBernoulliCase(root);
        else if (chart == QLatin1String("pareto"))
            mismatches = testing::checkParetoCase(root);
        else
            mismatches = checkQicCase(root);
        if (!mismatches.isEmpty()) {
            ++failing;
            INFO("case file " << name.toStdString() << "\n" << mismatches.mid(0, 12).join(QLatin1Char('\n')).toStdString());
            CHECK(mismatches.isEmpty());
        }
    }
    CHECK(failing == 0);
    // The folder must hold what the README promises: at least 30 cases per new chart type.
    CHECK(casesByChart.value(QStringLiteral("s")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("ip")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("bchart")) >= 30);
    CHECK(casesByChart.value(QStringLiteral("pareto")) >= 30);
    CHECK(files.size() >= 390);
}

TEST_CASE("box methods agree with qicharts2's runs test near every corner", "[oracle][extended][method]")
{
    const QJsonObject table = testing::readCaseFile(QDir(QStringLiteral(MEDSAFE_EXTENDED_ORACLE_DIR)).filePath(QStringLiteral("box_signals.json")));
    const QJsonArray n = table.value(QStringLiteral("n_useful")).toArray();
    const QJsonArray c = table.value(QStringLiteral("n_crossings")).toArray();
    const QJsonArray l = table.value(QStringLiteral("longest_run")).toArray();
    const QJsonArray best = table.value(QStringLiteral("bestbox")).toArray();
    const QJsonArray cut = table.value(QStringLiteral("cutbox")).toArray();
    REQUIRE(n.size() > 5000);
    int wrong = 0;
    for (qsizetype i = 0; i < n.size(); ++i) {
        const int useful = n.at(i).toInt();
        const int crossings = c.at(i).toInt();
        const int run = l.at(i).toInt();
        const bool b = analysis::RunsBoxBounds::signal(analysis::RunsMethod::BestBox, useful, crossings, run);
        const bool k = analysis::RunsBoxBounds::signal(analysis::RunsMethod::CutBox, useful, crossings, run);
        if (b != best.at(i).toBool() || k != cut.at(i).toBool()) {
            ++wrong;
            UNSCOPED_INFO("n " << useful << ", c " << crossings << ", l " << run);
        }
    }
    CHECK(wrong == 0);
}
