#include "analysis/ChartAnalyzer.h"

#include "analysis/AccurateStats.h"
#include "analysis/AttributeLimits.h"
#include "analysis/IndividualsLimits.h"
#include "analysis/InputValidator.h"
#include "analysis/PreparedSeries.h"
#include "analysis/RunsAnalysis.h"
#include "analysis/SeriesAggregator.h"
#include "analysis/XbarLimits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(const Value& v)
{
    return v ? *v : kNaN;
}

// Non-finite numbers (qicharts2's NA, NaN, Inf) become null.
Value toValue(double v)
{
    return std::isfinite(v) ? Value{v} : Value{};
}

// A given line (centre line or target) for every point: one value for all, or one per point.
std::vector<double> perPoint(const std::vector<Value>& given, std::size_t points)
{
    std::vector<double> out;
    if (given.empty())
        return out;
    out.resize(points);
    for (std::size_t i = 0; i < points; ++i)
        out[i] = orNaN(given.size() == 1 ? given[0] : given[i]);
    return out;
}

PreparedSeries prepare(ChartType chart, const ChartInput& input)
{
    PreparedSeries series;
    series.chart = chart;
    SeriesAggregator::aggregate(chart, input, series);
    const std::size_t points = series.size();
    // Parts override freeze: with parts, every point is baseline.
    const bool useFreeze = input.freeze.has_value() && input.parts.empty();
    series.baseline.assign(points, 1);
    if (useFreeze) {
        for (std::size_t i = static_cast<std::size_t>(*input.freeze); i < points; ++i)
            series.baseline[i] = 0;
    }
    series.include.assign(points, 1);
    for (int e : input.exclude)
        series.include[static_cast<std::size_t>(e)] = 0;
    series.givenCl = perPoint(input.cl, points);
    series.target = perPoint(input.target, points);
    return series;
}

std::vector<PartRange> splitParts(const std::vector<int>& starts, std::size_t points)
{
    std::vector<int> sorted(starts);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<PartRange> parts;
    std::size_t first = 0;
    for (int s : sorted) {
        parts.push_back({first, static_cast<std::size_t>(s) - 1});
        first = static_cast<std::size_t>(s);
    }
    parts.push_back({first, points - 1});
    return parts;
}

void computeLines(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    switch (series.chart) {
    case ChartType::Run: AttributeLimits::computeRun(series, part, lines, scratch); break;
    case ChartType::I: IndividualsLimits::computeI(series, part, lines, scratch); break;
    case ChartType::MR: IndividualsLimits::computeMR(series, part, lines, scratch); break;
    case ChartType::IP: IndividualsLimits::computeIP(series, part, lines, scratch); break;
    case ChartType::T: IndividualsLimits::computeT(series, part, lines, scratch); break;
    case ChartType::C: AttributeLimits::computeC(series, part, lines, scratch); break;
    case ChartType::G: AttributeLimits::computeG(series, part, lines, scratch); break;
    case ChartType::U:
    case ChartType::P:
    case ChartType::PP:
    case ChartType::UP: AttributeLimits::computeRate(series, part, lines, scratch); break;
    case ChartType::Xbar: XbarLimits::compute(series, part, lines, scratch); break;
    case ChartType::S: XbarLimits::computeS(series, part, lines, scratch); break;
    }
}

// Multiply scales the outputs only; afterwards every non-finite number is "null" (NaN).
void scaleAndClean(ChartLines& lines, double multiply)
{
    for (auto* line : {&lines.y, &lines.cl, &lines.ucl, &lines.lcl, &lines.ucl95, &lines.lcl95}) {
        for (double& v : *line) {
            v *= multiply;
            if (!std::isfinite(v))
                v = kNaN;
        }
    }
}

// qicharts2's y.neg = FALSE: when no plotted value is negative, negative lower limits are cut
// to 0. It runs after the signals; a limit below every value never signalled anyway.
void cutNegativeLimits(ChartLines& lines)
{
    for (double y : lines.y) {
        if (y < 0.0)
            return;
    }
    for (auto* line : {&lines.lcl, &lines.lcl95}) {
        for (double& v : *line) {
            if (v < 0.0)
                v = 0.0;
        }
    }
}

void summarizeLines(const ChartLines& lines, PartRange part, PartSummary& summary)
{
    const auto mean = [&](const std::vector<double>& line) {
        const std::span<const double> view(line.data() + part.first, part.last - part.first + 1);
        return toValue(AccurateStats::mean(view));
    };
    summary.meanCl = mean(lines.cl);
    summary.meanLcl = mean(lines.lcl);
    summary.meanUcl = mean(lines.ucl);
    summary.meanLcl95 = mean(lines.lcl95);
    summary.meanUcl95 = mean(lines.ucl95);
}
} // namespace

AnalysisOutcome ChartAnalyzer::analyze(ChartType chart, const ChartInput& input)
{
    if (auto error = InputValidator::validate(chart, input))
        return *error;

    const PreparedSeries series = prepare(chart, input);
    const std::size_t points = series.size();
    if (chart == ChartType::T) {
        // Every raw value is > 0 (validated), but an aggregate such as the SD can be 0.
        for (std::size_t i = 0; i < points; ++i) {
            if (series.value[i] <= 0.0)
                return AnalysisError{AnalysisErrorCode::NonPositiveValue,
                                     "t chart values must be greater than 0 after aggregation, got " +
                                         std::to_string(series.value[i]) + " at point " + std::to_string(i),
                                     static_cast<long long>(i)};
        }
    }
    const std::vector<PartRange> parts = splitParts(input.parts, points);

    ChartLines lines;
    lines.resize(points);
    Scratch scratch;
    ChartResult result;
    result.chart = chart;
    result.rules = input.rules;
    result.method = input.method;
    result.multiply = input.multiply;
    result.hasTarget = !series.target.empty();
    result.parts.resize(parts.size());

    for (std::size_t p = 0; p < parts.size(); ++p) {
        const PartRange part = parts[p];
        computeLines(series, part, lines, scratch);
        // Runs analysis before multiply, over included points only; the centre line is
        // constant within a part for every chart type.
        scratch.a.clear();
        scratch.b.clear();
        for (std::size_t i = part.first; i <= part.last; ++i) {
            if (series.include[i]) {
                scratch.a.push_back(lines.y[i]);
                scratch.b.push_back(lines.cl[i]);
            }
        }
        PartSummary& summary = result.parts[p];
        summary.part = static_cast<int>(p);
        summary.first = static_cast<int>(part.first);
        summary.last = static_cast<int>(part.last);
        RunsAnalysis::evaluate(scratch.a, scratch.b, input.rules, input.method, chart == ChartType::MR, summary);
    }

    scaleAndClean(lines, input.multiply);

    result.points.resize(points);
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const PartRange part = parts[p];
        PartSummary& summary = result.parts[p];
        for (std::size_t i = part.first; i <= part.last; ++i) {
            ChartPoint& point = result.points[i];
            point.index = static_cast<int>(i);
            point.y = toValue(lines.y[i]);
            point.cl = toValue(lines.cl[i]);
            point.ucl = toValue(lines.ucl[i]);
            point.lcl = toValue(lines.lcl[i]);
            point.ucl95 = toValue(lines.ucl95[i]);
            point.lcl95 = toValue(lines.lcl95[i]);
            // Strict comparisons after multiply; a null on either side never signals.
            point.sigmaSignal = point.y && ((point.ucl && *point.y > *point.ucl) || (point.lcl && *point.y < *point.lcl));
            point.runsSignal = summary.runsSignal;
            point.part = static_cast<int>(p);
            point.baseline = series.baseline[i] != 0;
            point.include = series.include[i] != 0;
            if (requiresSubgroups(chart))
                point.subgroupSize = series.subgroupSize[i];
            if (!series.subgroupId.empty())
                point.subgroupId = series.subgroupId[i];
            if (result.hasTarget)
                point.target = toValue(series.target[i]);
            summary.sigmaSignalCount += point.sigmaSignal ? 1 : 0;
        }
    }
    if (!input.allowNegativeLimits) {
        cutNegativeLimits(lines);
        for (std::size_t i = 0; i < points; ++i) {
            result.points[i].lcl = toValue(lines.lcl[i]);
            result.points[i].lcl95 = toValue(lines.lcl95[i]);
        }
    }
    for (std::size_t p = 0; p < parts.size(); ++p)
        summarizeLines(lines, parts[p], result.parts[p]);
    return result;
}

} // namespace medsafe::analysis
