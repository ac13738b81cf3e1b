#pragma once

// Reads an oracle case file and turns its "chart" and "inputs" into engine input. Shared by the
// tests (Catch2); the CLI has its own reader because it must also explain bad files to a person.

#include "analysis/ChartInput.h"
#include "analysis/ChartResultJson.h"
#include "analysis/ChartType.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <catch2/catch.hpp>
#include <optional>

namespace medsafe::testing {

struct OracleCase {
    QString id;
    analysis::ChartType chart = analysis::ChartType::Run;
    analysis::ChartInput input;
    QJsonObject outputs;
};

inline std::vector<analysis::Value> valuesOf(const QJsonValue& v)
{
    std::vector<analysis::Value> out;
    for (const QJsonValue& e : v.toArray())
        out.push_back(e.isNull() ? analysis::Value{} : analysis::Value{e.toDouble()});
    return out;
}

inline std::vector<int> intsOf(const QJsonValue& v)
{
    std::vector<int> out;
    for (const QJsonValue& e : v.toArray())
        out.push_back(e.toInt());
    return out;
}

// nullopt when the object is not a case (e.g. anhoej_thresholds.json) or names an unknown chart.
inline std::optional<OracleCase> readOracleCase(const QJsonObject& root)
{
    if (!root.contains(QStringLiteral("chart")) || !root.contains(QStringLiteral("inputs")))
        return std::nullopt;
    const auto chart = analysis::chartTypeFromString(root.value(QStringLiteral("chart")).toString().toStdString());
    if (!chart)
        return std::nullopt;
    OracleCase c;
    c.id = root.value(QStringLiteral("id")).toString();
    c.chart = *chart;
    c.outputs = root.value(QStringLiteral("outputs")).toObject();
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    c.input.y = valuesOf(in.value(QStringLiteral("y")));
    if (in.contains(QStringLiteral("n")))
        c.input.n = valuesOf(in.value(QStringLiteral("n")));
    if (*chart == analysis::ChartType::Xbar)
        c.input.subgroup = intsOf(in.value(QStringLiteral("x")));
    if (in.contains(QStringLiteral("freeze")))
        c.input.freeze = in.value(QStringLiteral("freeze")).toInt();
    c.input.parts = intsOf(in.value(QStringLiteral("part")));
    c.input.exclude = intsOf(in.value(QStringLiteral("exclude")));
    c.input.multiply = in.value(QStringLiteral("multiply")).toDouble(1.0);
    return c;
}

// points.x as the case writes it: the input x for ordinary charts, the subgroup id for xbar
// (empty: ChartResultJson then writes the ids itself).
inline std::vector<std::string> xTokensOf(const OracleCase& c, const QJsonObject& root)
{
    std::vector<std::string> tokens;
    if (c.chart == analysis::ChartType::Xbar)
        return tokens;
    const QJsonArray xs = root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("x")).toArray();
    for (const QJsonValue& x : xs) {
        tokens.push_back(x.isString() ? analysis::ChartResultJson::quote(x.toString().toStdString())
                                      : analysis::ChartResultJson::number(x.toDouble()));
    }
    return tokens;
}

// A case file as JSON; fails the test (naming the file and the fault) when it does not parse.
inline QJsonObject readCaseFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace medsafe::testing
