#include "cli/SeriesAnalysis.h"

#include "analysis/BernoulliCusum.h"
#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "analysis/ExtraChartJson.h"
#include "analysis/ParetoChart.h"
#include "cli/AnalyzeCommand.h"
#include "domain/SignalExplanation.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace medsafe::cli {

using analysis::ChartInput;
using analysis::ChartResultJson;
using analysis::ChartType;

namespace {

SeriesOutcome failed(const QString& message)
{
    SeriesOutcome outcome;
    outcome.error = message;
    return outcome;
}

// Rows are ordered by x when every x is a number, or every x is an ISO date (as qicharts2
// sorts by x); otherwise the input order is kept. The sort is stable, so the rows of one
// period keep their order (the cases of one day in a CUSUM, the values of one subgroup).
void sortRows(SeriesRequest& r)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    bool numeric = true;
    bool dates = true;
    std::vector<double> numbers;
    numbers.reserve(r.y.size());
    for (const QString& x : r.xLabels) {
        bool ok = false;
        const double v = x.toDouble(&ok);
        numeric = numeric && ok && std::isfinite(v); // "nan" would break the sort's ordering
        dates = dates && isoDate.match(x).hasMatch();
        numbers.push_back(v);
        if (!numeric && !dates)
            return;
    }
    std::vector<std::size_t> order(r.y.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const bool sorted = numeric ? std::is_sorted(numbers.begin(), numbers.end())
                                : std::is_sorted(r.xLabels.begin(), r.xLabels.end());
    if (sorted)
        return; // the usual case; saves the copies below for big batches
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return numeric ? numbers[a] < numbers[b]
                       : r.xLabels.at(static_cast<qsizetype>(a)) < r.xLabels.at(static_cast<qsizetype>(b));
    });
    SeriesRequest copy = r;
    for (std::size_t i = 0; i < order.size(); ++i) {
        copy.xLabels[static_cast<qsizetype>(i)] = r.xLabels.at(static_cast<qsizetype>(order[i]));
        copy.xJson[i] = r.xJson[order[i]];
        copy.y[i] = r.y[order[i]];
        if (r.hasN)
            copy.n[i] = r.n[order[i]];
    }
    r = std::move(copy);
}

// The option names that do not apply to the chart of `r`, for a refusal.
QStringList misplacedOptions(const SeriesRequest& r)
{
    const SeriesOptions& o = r.options;
    QStringList names;
    const auto add = [&](bool set, const char* name) {
        if (set)
            names << QString::fromLatin1(name);
    };
    if (r.kind != SeriesKind::Qic) {
        add(o.freeze.has_value(), "freeze");
        add(o.parts.has_value(), "part");
        add(o.exclude.has_value(), "exclude");
        add(o.multiply.has_value(), "multiply");
        add(o.rules.has_value(), "rules");
        add(o.method.has_value(), "method");
        add(o.aggregate.has_value(), "agg-fun");
        add(o.cl.has_value(), "cl");
        add(o.allowNegativeLimits.has_value(), "y-neg");
    }
    if (r.kind != SeriesKind::BernoulliCusum) {
        add(o.oddsRatio.has_value(), "or");
        add(o.limit.has_value(), "limit");
    }
    if (r.kind != SeriesKind::Pareto)
        add(o.includeMissing.has_value(), "use-na");
    if (r.kind == SeriesKind::Pareto)
        add(o.target.has_value(), "target");
    return names;
}

// The document around an "outputs" object; `explanation` may be empty.
std::string document(const SeriesRequest& r, const std::string& outputs, const QStringList& explanation, bool explain)
{
    std::string json = "{\n  \"id\": " + ChartResultJson::quote(r.id.toStdString()) + ",\n  \"outputs\": " + outputs;
    if (explain) {
        json += ",\n  \"explanation\": [";
        for (qsizetype i = 0; i < explanation.size(); ++i)
            json += (i > 0 ? ",\n    " : "\n    ") + ChartResultJson::quote(explanation.at(i).toStdString());
        json += "\n  ]";
    }
    json += "\n}\n";
    return json;
}

// One line for JSON Lines: the writers never put a raw newline inside a string (they escape
// it), so every newline and the indentation after it are layout.
std::string compacted(const std::string& json)
{
    std::string out;
    out.reserve(json.size());
    std::size_t from = 0;
    while (from < json.size()) {
        const std::size_t newline = json.find('\n', from);
        if (newline == std::string::npos) {
            out.append(json, from, std::string::npos);
            break;
        }
        out.append(json, from, newline - from);
        from = json.find_first_not_of(' ', newline + 1);
        if (from == std::string::npos)
            break;
    }
    out += '\n';
    return out;
}

SeriesOutcome qicChart(const SeriesRequest& r, bool explain)
{
    const SeriesOptions& o = r.options;
    ChartInput input;
    input.y = r.y;
    if (r.hasN)
        input.n = r.n;
    input.freeze = o.freeze;
    input.parts = o.parts.value_or(std::vector<int>{});
    input.exclude = o.exclude.value_or(std::vector<int>{});
    input.multiply = o.multiply.value_or(1.0);
    input.rules = o.rules.value_or(analysis::RuleSet::Anhoej);
    input.method = o.method.value_or(analysis::RunsMethod::Anhoej);
    input.aggregate = o.aggregate.value_or(analysis::Aggregate::Mean);
    input.cl = o.cl.value_or(std::vector<analysis::Value>{});
    input.target = o.target.value_or(std::vector<analysis::Value>{});
    input.allowNegativeLimits = o.allowNegativeLimits.value_or(true);

    // Repeated x values form one point (qicharts2 aggregates the rows of one x). An explicit
    // agg.fun groups single values too, since qicharts2 applies it to them (sd of one value
    // is missing).
    QHash<QString, int> ids;
    ids.reserve(r.xLabels.size());
    std::vector<int> subgroup;
    subgroup.reserve(r.y.size());
    QStringList pointLabels;
    std::vector<std::string> pointJson;
    for (qsizetype i = 0; i < r.xLabels.size(); ++i) {
        auto it = ids.find(r.xLabels.at(i));
        if (it == ids.end()) {
            it = ids.insert(r.xLabels.at(i), static_cast<int>(ids.size()));
            pointLabels << r.xLabels.at(i);
            pointJson.push_back(r.xJson[static_cast<std::size_t>(i)]);
        }
        subgroup.push_back(it.value());
    }
    const bool grouped = static_cast<std::size_t>(ids.size()) < r.y.size() || analysis::requiresSubgroups(r.chart) ||
                         o.aggregate.has_value();
    if (grouped)
        input.subgroup = std::move(subgroup);

    const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(r.chart, input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return failed(QString::fromStdString(error->message));
    const auto& result = std::get<analysis::ChartResult>(outcome);
    SeriesOutcome done;
    done.ok = true;
    done.json = document(r, ChartResultJson::outputs(result, pointJson, 2),
                         explain ? domain::SignalExplanation::explain(result, pointLabels) : QStringList{}, explain);
    return done;
}

SeriesOutcome bernoulliCusum(const SeriesRequest& r, bool explain)
{
    analysis::BernoulliCusumInput input;
    input.outcomes.reserve(r.y.size());
    for (std::size_t i = 0; i < r.y.size(); ++i) {
        if (!r.y[i] || (*r.y[i] != 0.0 && *r.y[i] != 1.0))
            return failed(AnalyzeCommand::tr("bchart: y of case %1 (x = %2) must be 0 or 1")
                              .arg(i + 1)
                              .arg(r.xLabels.value(static_cast<qsizetype>(i))));
        input.outcomes.push_back(static_cast<int>(*r.y[i]));
    }
    if (r.hasN)
        return failed(AnalyzeCommand::tr("bchart takes no denominator (n)"));
    if (const auto& target = r.options.target) {
        if (target->size() != 1 || !target->front())
            return failed(AnalyzeCommand::tr("bchart: target must be one number"));
        // qicharts2's one target argument: a risk up to 1, or above 1 the number of baseline cases.
        const double t = *target->front();
        if (t > 1.0) {
            if (t != std::floor(t) || t > 1e9)
                return failed(AnalyzeCommand::tr("bchart: a target above 1 is a number of baseline cases and must be whole"));
            input.baselineCases = static_cast<int>(t);
        } else {
            input.targetRisk = t;
        }
    }
    input.oddsRatio = r.options.oddsRatio.value_or(input.oddsRatio);
    input.limit = r.options.limit.value_or(input.limit);
    const auto outcome = analysis::BernoulliCusum::analyze(input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return failed(QString::fromStdString(error->message));
    const auto& result = std::get<analysis::BernoulliCusumResult>(outcome);
    SeriesOutcome done;
    done.ok = true;
    done.json = document(r, analysis::ExtraChartJson::bernoulliCusum(result, 2),
                         explain ? domain::SignalExplanation::explainCusum(result, r.xLabels) : QStringList{}, explain);
    return done;
}

SeriesOutcome pareto(const SeriesRequest& r, bool explain)
{
    analysis::ParetoResult result;
    const auto nameOf = [&](std::size_t i) {
        return r.xMissing.size() > i && r.xMissing[i] ? std::optional<std::string>{}
                                                       : std::optional<std::string>(r.xLabels.at(static_cast<qsizetype>(i)).toStdString());
    };
    if (r.hasN)
        return failed(AnalyzeCommand::tr("pareto takes no denominator (n)"));
    if (r.y.empty()) {
        // One observation per row.
        std::vector<std::optional<std::string>> observations;
        observations.reserve(static_cast<std::size_t>(r.xLabels.size()));
        for (std::size_t i = 0; i < static_cast<std::size_t>(r.xLabels.size()); ++i)
            observations.push_back(nameOf(i));
        result = analysis::ParetoChart::fromObservations(observations, r.options.includeMissing.value_or(false));
    } else {
        // Counts already tallied: one row per category.
        std::vector<std::pair<std::optional<std::string>, long long>> counts;
        QSet<QString> seen; // "=name", or "-" for the missing category
        for (std::size_t i = 0; i < r.y.size(); ++i) {
            const auto& y = r.y[i];
            if (!y || *y < 0 || *y != std::floor(*y) || *y > 1e15)
                return failed(AnalyzeCommand::tr("pareto: the count of row %1 must be a whole number of at least 0").arg(i + 1));
            const QString label = r.xLabels.at(static_cast<qsizetype>(i));
            const QString key = nameOf(i) ? QLatin1Char('=') + label : QStringLiteral("-");
            if (seen.contains(key))
                return failed(AnalyzeCommand::tr("pareto: category '%1' occurs more than once").arg(label));
            seen.insert(key);
            if (!nameOf(i) && !r.options.includeMissing.value_or(false))
                continue;
            counts.emplace_back(nameOf(i), static_cast<long long>(*y));
        }
        const auto outcome = analysis::ParetoChart::fromCounts(std::move(counts));
        if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
            return failed(QString::fromStdString(error->message));
        result = std::get<analysis::ParetoResult>(outcome);
    }
    SeriesOutcome done;
    done.ok = true;
    done.json = document(r, analysis::ExtraChartJson::pareto(result, 2),
                         explain ? domain::SignalExplanation::explainPareto(result) : QStringList{}, explain);
    return done;
}

} // namespace

SeriesOutcome SeriesAnalysis::run(SeriesRequest request, bool explain, bool compact)
{
    if (!request.hasChart)
        return failed(AnalyzeCommand::tr("no chart type: give --chart or a \"chart\" for the series"));
    if (const QStringList misplaced = misplacedOptions(request); !misplaced.isEmpty()) {
        QString chart = request.kind == SeriesKind::BernoulliCusum ? QStringLiteral("bchart")
                        : request.kind == SeriesKind::Pareto        ? QStringLiteral("pareto")
                                                                     : QString::fromLatin1(analysis::toString(request.chart).data());
        return failed(AnalyzeCommand::tr("option %1 does not apply to a %2 chart").arg(misplaced.join(QStringLiteral(", ")), chart));
    }
    if (request.xLabels.isEmpty())
        return failed(AnalyzeCommand::tr("no data rows"));
    SeriesOutcome outcome;
    switch (request.kind) {
    case SeriesKind::Qic:
        sortRows(request);
        outcome = qicChart(request, explain);
        break;
    case SeriesKind::BernoulliCusum:
        sortRows(request);
        outcome = bernoulliCusum(request, explain);
        break;
    case SeriesKind::Pareto:
        outcome = pareto(request, explain);
        break;
    }
    if (outcome.ok && compact)
        outcome.json = compacted(outcome.json);
    return outcome;
}

} // namespace medsafe::cli
