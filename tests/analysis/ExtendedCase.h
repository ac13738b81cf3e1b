#pragma once

// Reads the extended case format of tests/data/qicharts2-extended (issue 17) into engine input:
// the original case format plus the qicharts2 options agg_fun, cl, target, y_neg and
// settings.method, and x values that repeat (several values in one period) for any chart.
// See tests/data/qicharts2-extended/README.md.

#include "analysis/ChartInput.h"
#include "analysis/ChartOptions.h"
#include "common/OracleCase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <optional>

namespace medsafe::testing {

// A number or an array of numbers (null = missing) as a given line; empty when absent.
inline std::vector<analysis::Value> lineOf(const QJsonValue& v)
{
    if (v.isUndefined())
        return {};
    if (v.isArray())
        return valuesOf(v);
    return {v.isNull() ? analysis::Value{} : analysis::Value{v.toDouble()}};
}

// nullopt when the object is not a qic case or uses an option this reader does not know, so
// that a case is never silently analysed without one of its options.
inline std::optional<OracleCase> readExtendedCase(const QJsonObject& root)
{
    auto c = readOracleCase(root);
    if (!c)
        return std::nullopt;
    const QJsonObject in = root.value(QStringLiteral("inputs")).toObject();
    static const QSet<QString> known{"x", "y", "n", "freeze", "part", "exclude", "multiply",
                                     "agg_fun", "cl", "target", "y_neg"};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!known.contains(it.key()))
            return std::nullopt;
    }
    // x orders and groups the points; repeated x values form one point (ids are the integer x).
    const QJsonArray xs = in.value(QStringLiteral("x")).toArray();
    QSet<int> seen;
    bool repeats = false;
    for (const QJsonValue& x : xs) {
        const int id = x.toInt();
        repeats = repeats || seen.contains(id);
        seen.insert(id);
    }
    if (repeats || analysis::requiresSubgroups(c->chart))
        c->input.subgroup = intsOf(in.value(QStringLiteral("x")));
    if (in.contains(QStringLiteral("agg_fun"))) {
        const auto aggregate = analysis::aggregateFromString(in.value(QStringLiteral("agg_fun")).toString().toStdString());
        if (!aggregate)
            return std::nullopt;
        c->input.aggregate = *aggregate;
    }
    c->input.cl = lineOf(in.value(QStringLiteral("cl")));
    c->input.target = lineOf(in.value(QStringLiteral("target")));
    c->input.allowNegativeLimits = in.value(QStringLiteral("y_neg")).toBool(true);
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    if (settings.contains(QStringLiteral("method"))) {
        const auto method = analysis::runsMethodFromString(settings.value(QStringLiteral("method")).toString().toStdString());
        if (!method)
            return std::nullopt;
        c->input.method = *method;
    }
    return c;
}

// points.x of a case whose x do not repeat (as xTokensOf); empty for grouped cases, where the
// result writes the ids itself.
inline std::vector<std::string> extendedXTokens(const OracleCase& c, const QJsonObject& root)
{
    if (!c.input.subgroup.empty())
        return {};
    return xTokensOf(c, root);
}

} // namespace medsafe::testing
