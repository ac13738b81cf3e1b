// Every case file in the qicharts2 folder, every output field: see tests/common/OracleCompare.h
// for the comparison rules. A new case dropped into the folder is picked up without code change.

#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "common/OracleCase.h"
#include "common/OracleCompare.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace medsafe;


TEST_CASE("engine reproduces every qicharts2 oracle case", "[oracle]")
{
    const QDir dir(QStringLiteral(MEDSAFE_ORACLE_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int cases = 0;
    for (const QString& name : files) {
        const QJsonObject root = testing::readCaseFile(dir.filePath(name));
        const auto oracle = testing::readOracleCase(root);
        if (!oracle) {
            // Only non-case data (the thresholds table) may lack "chart"/"inputs".
            CHECK_FALSE(root.contains(QStringLiteral("chart")));
            continue;
        }
        ++cases;
        {
            INFO("case file " << name.toStdString());
            const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(oracle->chart, oracle->input);
            if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome)) {
                FAIL_CHECK("analysis refused the case: " << error->message);
                continue;
            }
            const auto& result = std::get<analysis::ChartResult>(outcome);
            const std::string json = analysis::ChartResultJson::outputs(result, testing::xTokensOf(*oracle, root));
            QJsonParseError parseError;
            const QJsonDocument actual = QJsonDocument::fromJson(QByteArray::fromStdString(json), &parseError);
            INFO(parseError.errorString().toStdString() << "\n" << json);
            CHECK(parseError.error == QJsonParseError::NoError);
            const QStringList mismatches = testing::compareOutputs(oracle->outputs, actual.object());
            INFO(mismatches.mid(0, 20).join(QLatin1Char('\n')).toStdString());
            CHECK(mismatches.isEmpty());
        }
    }
    CHECK(cases >= 114);
}
