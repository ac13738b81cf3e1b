#include "cli/SeriesJson.h"

#include "analysis/ChartResultJson.h"
#include "cli/AnalyzeCommand.h"

#include <QJsonArray>

#include <climits>
#include <cmath>

namespace medsafe::cli {

using analysis::Value;

namespace {

std::optional<QString> valuesOf(const QJsonValue& v, const QString& key, std::vector<Value>& out)
{
    if (!v.isArray())
        return AnalyzeCommand::tr("inputs.%1 must be an array").arg(key);
    const QJsonArray array = v.toArray();
    out.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue e = array.at(i);
        if (!e.isNull() && !e.isDouble())
            return AnalyzeCommand::tr("inputs.%1[%2] must be a number or null").arg(key).arg(i);
        out.push_back(e.isNull() ? Value{} : Value{e.toDouble()});
    }
    return std::nullopt;
}

// A whole number or an array of them.
std::optional<QString> intsOf(const QJsonValue& v, const QString& key, std::vector<int>& out)
{
    const QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue& e : array) {
        const double d = e.toDouble();
        // Range first: converting an out-of-range double to int is undefined behaviour.
        if (!e.isDouble() || !(d >= INT_MIN && d <= INT_MAX) || d != std::floor(d))
            return AnalyzeCommand::tr("inputs.%1 must hold whole numbers").arg(key);
        out.push_back(static_cast<int>(d));
    }
    return std::nullopt;
}

// A number, null, or an array of numbers and nulls (one per point).
std::optional<QString> lineOf(const QJsonValue& v, const QString& key, std::vector<Value>& out)
{
    if (v.isArray())
        return valuesOf(v, key, out);
    if (v.isNull() || v.isDouble()) {
        out.push_back(v.isNull() ? Value{} : Value{v.toDouble()});
        return std::nullopt;
    }
    return AnalyzeCommand::tr("inputs.%1 must be a number or an array of numbers").arg(key);
}

std::optional<QString> numberOf(const QJsonValue& v, const QString& key, std::optional<double>& out)
{
    if (!v.isDouble())
        return AnalyzeCommand::tr("inputs.%1 must be a number").arg(key);
    out = v.toDouble();
    return std::nullopt;
}

std::optional<QString> boolOf(const QJsonValue& v, const QString& key, std::optional<bool>& out)
{
    if (!v.isBool())
        return AnalyzeCommand::tr("inputs.%1 must be true or false").arg(key);
    out = v.toBool();
    return std::nullopt;
}

template <typename T, typename Parse>
std::optional<QString> wordOf(const QJsonValue& v, const QString& key, const QStringList& choices, Parse parse,
                              std::optional<T>& out)
{
    const auto parsed = parse(v.toString().toStdString());
    if (!v.isString() || !parsed)
        return AnalyzeCommand::tr("inputs.%1 must be one of %2").arg(key, choices.join(QStringLiteral(", ")));
    out = *parsed;
    return std::nullopt;
}

std::optional<QString> readX(const QJsonValue& v, SeriesRequest& r)
{
    const QJsonArray xs = v.toArray();
    r.xLabels.reserve(xs.size());
    r.xJson.reserve(static_cast<std::size_t>(xs.size()));
    for (const QJsonValue& x : xs) {
        if (x.isString()) {
            r.xLabels << x.toString();
            r.xJson.push_back(analysis::ChartResultJson::quote(x.toString().toStdString()));
            r.xMissing.push_back(false);
        } else if (x.isDouble()) {
            r.xLabels << QString::number(x.toDouble(), 'g', 17);
            r.xJson.push_back(analysis::ChartResultJson::number(x.toDouble()));
            r.xMissing.push_back(false);
        } else if (x.isNull() && r.kind == SeriesKind::Pareto) {
            r.xLabels << QString();
            r.xJson.push_back("null");
            r.xMissing.push_back(true);
        } else {
            return AnalyzeCommand::tr("inputs.x must hold numbers or date strings");
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> SeriesJson::readOptions(const QJsonObject& object, SeriesOptions& o, const QStringList& dataKeys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        std::optional<QString> problem;
        if (dataKeys.contains(key)) {
            continue;
        } else if (key == QLatin1String("freeze")) {
            std::vector<int> freeze;
            problem = intsOf(v, key, freeze);
            if (!problem && freeze.size() != 1)
                problem = AnalyzeCommand::tr("inputs.freeze must be one whole number");
            if (!problem)
                o.freeze = freeze.front();
        } else if (key == QLatin1String("part") || key == QLatin1String("exclude")) {
            std::vector<int> list;
            problem = intsOf(v, key, list);
            (key == QLatin1String("part") ? o.parts : o.exclude) = std::move(list);
        } else if (key == QLatin1String("multiply")) {
            problem = numberOf(v, key, o.multiply);
        } else if (key == QLatin1String("agg_fun")) {
            problem = wordOf(v, key, {QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("sum"), QStringLiteral("sd")},
                             analysis::aggregateFromString, o.aggregate);
        } else if (key == QLatin1String("method")) {
            problem = wordOf(v, key, {QStringLiteral("anhoej"), QStringLiteral("bestbox"), QStringLiteral("cutbox")},
                             analysis::runsMethodFromString, o.method);
        } else if (key == QLatin1String("rules")) {
            problem = wordOf(v, key, {QStringLiteral("anhoej"), QStringLiteral("ihi")}, analysis::ruleSetFromString, o.rules);
        } else if (key == QLatin1String("cl") || key == QLatin1String("target")) {
            std::vector<Value> line;
            problem = lineOf(v, key, line);
            (key == QLatin1String("cl") ? o.cl : o.target) = std::move(line);
        } else if (key == QLatin1String("y_neg")) {
            problem = boolOf(v, key, o.allowNegativeLimits);
        } else if (key == QLatin1String("or")) {
            problem = numberOf(v, key, o.oddsRatio);
        } else if (key == QLatin1String("limit")) {
            problem = numberOf(v, key, o.limit);
        } else if (key == QLatin1String("use_na")) {
            problem = boolOf(v, key, o.includeMissing);
        } else {
            problem = AnalyzeCommand::tr("unknown key \"%1\"").arg(key);
        }
        if (problem)
            return problem;
    }
    return std::nullopt;
}

std::optional<QString> SeriesJson::read(const QJsonObject& root, SeriesRequest& r)
{
    // Without "chart" the caller's kind and chart stand (a batch's --chart).
    const QJsonValue chart = root.value(QStringLiteral("chart"));
    if (!chart.isUndefined() && !seriesChartFromString(chart.toString(), r.kind, r.chart))
        return AnalyzeCommand::tr("\"chart\" must be one of %1").arg(seriesChartNames().join(QStringLiteral(", ")));
    if (!chart.isUndefined())
        r.hasChart = true;
    const QJsonValue id = root.value(QStringLiteral("id"));
    if (!id.isUndefined())
        r.id = id.isString() ? id.toString() : QString::number(id.toDouble(), 'g', 17);

    const bool isCase = root.contains(QStringLiteral("inputs"));
    const QJsonObject data = isCase ? root.value(QStringLiteral("inputs")).toObject() : root;
    const QStringList dataKeys{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("n")};
    if (isCase) {
        if (auto e = readOptions(data, r.options, dataKeys))
            return e;
        const QJsonValue method = root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("method"));
        if (!method.isUndefined()) {
            if (auto e = readOptions(QJsonObject{{QStringLiteral("method"), method}}, r.options))
                return e;
        }
    } else {
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!dataKeys.contains(it.key()) && it.key() != QLatin1String("id") && it.key() != QLatin1String("chart") &&
                it.key() != QLatin1String("options"))
                return AnalyzeCommand::tr("unknown key \"%1\"").arg(it.key());
        }
        if (auto e = readOptions(root.value(QStringLiteral("options")).toObject(), r.options))
            return e;
    }

    if (data.contains(QStringLiteral("y"))) {
        if (auto e = valuesOf(data.value(QStringLiteral("y")), QStringLiteral("y"), r.y))
            return e;
    } else if (r.kind != SeriesKind::Pareto) {
        return AnalyzeCommand::tr("inputs.y is missing");
    }
    r.hasN = data.contains(QStringLiteral("n"));
    if (r.hasN) {
        if (auto e = valuesOf(data.value(QStringLiteral("n")), QStringLiteral("n"), r.n))
            return e;
        if (r.n.size() != r.y.size())
            return AnalyzeCommand::tr("inputs.n must have one entry per y value");
    }
    if (data.contains(QStringLiteral("x"))) {
        if (auto e = readX(data.value(QStringLiteral("x")), r))
            return e;
        if (!r.y.empty() && static_cast<std::size_t>(r.xLabels.size()) != r.y.size())
            return AnalyzeCommand::tr("inputs.x must have one entry per y value");
    } else if (r.kind == SeriesKind::BernoulliCusum) {
        // Cases in order need no x: number them from 0, as the results do.
        for (std::size_t i = 0; i < r.y.size(); ++i) {
            r.xLabels << QString::number(i);
            r.xJson.push_back(std::to_string(i));
        }
    } else {
        return AnalyzeCommand::tr("inputs.x is missing");
    }
    return std::nullopt;
}

} // namespace medsafe::cli
