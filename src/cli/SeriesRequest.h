#pragma once

#include "analysis/ChartInput.h"
#include "analysis/ChartType.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace medsafe::cli {

// What `analyze` computes for one series: a qicharts2 chart (qic), a Bernoulli CUSUM (bchart)
// or a Pareto chart, named as in qicharts2.
enum class SeriesKind { Qic, BernoulliCusum, Pareto };

// The options of one series, as typed on the command line or written in a case file or a batch
// line. Every field left unset keeps the engine's default.
struct SeriesOptions {
    std::optional<int> freeze;
    std::optional<std::vector<int>> parts;
    std::optional<std::vector<int>> exclude;
    std::optional<double> multiply;
    std::optional<analysis::RuleSet> rules;
    std::optional<analysis::RunsMethod> method;
    std::optional<analysis::Aggregate> aggregate;
    std::optional<std::vector<analysis::Value>> cl;     // one value, or one per point
    std::optional<std::vector<analysis::Value>> target; // one value, or one per point
    std::optional<bool> allowNegativeLimits;            // y.neg
    // Bernoulli CUSUM: target is qicharts2's one argument (a risk ≤ 1, or above 1 the number of
    // baseline cases), read from `target`'s single value.
    std::optional<double> oddsRatio;
    std::optional<double> limit;
    // Pareto: count missing categories as a category of their own (useNA).
    std::optional<bool> includeMissing;

    // Fields set in `over` replace those here (a batch line over the command line's defaults).
    void overrideWith(const SeriesOptions& over);
};

// The rows of one series before analysis: one entry per input row, in input order.
struct SeriesRequest {
    QString id;
    SeriesKind kind = SeriesKind::Qic;
    analysis::ChartType chart = analysis::ChartType::Run; // for SeriesKind::Qic
    bool hasChart = false; // kind and chart were given (by --chart, the file or the line)
    QStringList xLabels;            // x as text (sorting, grouping, explanations, Pareto names)
    std::vector<std::string> xJson; // x as a JSON token, printed unchanged
    std::vector<bool> xMissing;     // Pareto: the category of this row is missing
    std::vector<analysis::Value> y;
    std::vector<analysis::Value> n;
    bool hasN = false;
    SeriesOptions options;
};

// "run", "i", ..., "ip", "bchart", "pareto" as a kind and chart; false for anything else.
bool seriesChartFromString(const QString& text, SeriesKind& kind, analysis::ChartType& chart);
// The names seriesChartFromString accepts, for messages and --help.
QStringList seriesChartNames();

} // namespace medsafe::cli
