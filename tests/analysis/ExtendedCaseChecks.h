#pragma once

// Checks one bchart or pareto reference case of tests/data/qicharts2-extended against the
// engine: reads the inputs, runs BernoulliCusum / ParetoChart, writes the result JSON and
// compares it with the case's outputs (tests/common/OracleCompare.h). Counts that those rules
// would read as reals (bchart y, pareto y and y_cum) are compared exactly here.

#include "analysis/BernoulliCusum.h"
#include "analysis/ExtraChartJson.h"
#include "analysis/ParetoChart.h"
#include "common/OracleCompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <variant>

namespace medsafe::testing {

inline QJsonObject parsedObject(const std::string& json, QStringList& mismatches)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        mismatches << QStringLiteral("result JSON does not parse: ") + error.errorString();
    return doc.object();
}

// Exact comparison of integer-valued arrays (or numbers) under `group`.
inline void compareExactly(const QJsonObject& expected, const QJsonObject& actual, const QStringList& keys,
                           QStringList& mismatches)
{
    for (const QString& key : keys) {
        if (expected.value(key) != actual.value(key))
            mismatches << QStringLiteral("%1: not exactly equal").arg(key);
    }
}

inline QStringList checkBernoulliCase(const QJsonObject& root)
{
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    analysis::BernoulliCusumInput input;
    for (const QJsonValue& v : in.value(QStringLiteral("y")).toArray())
        input.outcomes.push_back(v.toInt());
    if (in.contains(QStringLiteral("target"))) {
        // qicharts2's one target argument: a risk up to 1, or the number of baseline cases above.
        const double target = in.value(QStringLiteral("target")).toDouble();
        if (target > 1.0)
            input.baselineCases = static_cast<int>(target);
        else
            input.targetRisk = target;
    }
    input.oddsRatio = in.value(QStringLiteral("or")).toDouble(2.0);
    input.limit = in.value(QStringLiteral("limit")).toDouble(3.5);
    const auto outcome = analysis::BernoulliCusum::analyze(input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return {QStringLiteral("the CUSUM refused the case: ") + QString::fromStdString(error->message)};
    QStringList mismatches;
    const QJsonObject actual =
        parsedObject(analysis::ExtraChartJson::bernoulliCusum(std::get<analysis::BernoulliCusumResult>(outcome)), mismatches);
    const QJsonObject expected = root.value(QStringLiteral("outputs")).toObject();
    mismatches << compareOutputs(expected, actual);
    compareExactly(expected, actual, {QStringLiteral("baseline")}, mismatches);
    compareExactly(expected.value(QStringLiteral("points")).toObject(), actual.value(QStringLiteral("points")).toObject(),
                   {QStringLiteral("y")}, mismatches);
    return mismatches;
}

inline QStringList checkParetoCase(const QJsonObject& root)
{
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    std::vector<std::optional<std::string>> observations;
    for (const QJsonValue& v : in.value(QStringLiteral("x")).toArray())
        observations.push_back(v.isNull() ? std::nullopt : std::optional<std::string>(v.toString().toStdString()));
    const analysis::ParetoResult result =
        analysis::ParetoChart::fromObservations(observations, in.value(QStringLiteral("use_na")).toBool(false));
    QStringList mismatches;
    const QJsonObject actual = parsedObject(analysis::ExtraChartJson::pareto(result), mismatches);
    const QJsonObject expected = root.value(QStringLiteral("outputs")).toObject();
    mismatches << compareOutputs(expected, actual);
    compareExactly(expected.value(QStringLiteral("categories")).toObject(),
                   actual.value(QStringLiteral("categories")).toObject(), {QStringLiteral("y"), QStringLiteral("y_cum")},
                   mismatches);
    return mismatches;
}

} // namespace medsafe::testing
