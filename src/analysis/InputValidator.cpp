#include "analysis/InputValidator.h"

#include "analysis/SeriesAggregator.h"

#include <cmath>
#include <string>

namespace medsafe::analysis {

namespace {
AnalysisError fail(AnalysisErrorCode code, std::string message, long long index = -1)
{
    return AnalysisError{code, std::move(message), index};
}

std::string at(std::size_t i)
{
    return " at index " + std::to_string(i);
}

bool isCountChart(ChartType chart)
{
    return chart == ChartType::C || chart == ChartType::G || requiresDenominator(chart);
}

std::optional<AnalysisError> checkShapes(ChartType chart, const ChartInput& input)
{
    const std::string name(toString(chart));
    if (!input.n.empty() && !acceptsDenominator(chart))
        return fail(AnalysisErrorCode::DenominatorNotAllowed, "a " + name + " chart takes no denominator (n)");
    if (input.n.empty() && requiresDenominator(chart) && !input.y.empty())
        return fail(AnalysisErrorCode::DenominatorRequired, "a " + name + " chart needs a denominator (n) for every point");
    if (!input.n.empty() && input.n.size() != input.y.size())
        return fail(AnalysisErrorCode::LengthMismatch, "y has " + std::to_string(input.y.size()) + " values but n has " +
                                                           std::to_string(input.n.size()));
    if (requiresSubgroups(chart) && input.subgroup.empty() && !input.y.empty())
        return fail(AnalysisErrorCode::SubgroupsRequired, "an " + name + " chart needs a subgroup id for every observation");
    if (!input.subgroup.empty() && input.subgroup.size() != input.y.size())
        return fail(AnalysisErrorCode::LengthMismatch, "y has " + std::to_string(input.y.size()) +
                                                           " values but subgroup has " +
                                                           std::to_string(input.subgroup.size()));
    return std::nullopt;
}

std::optional<AnalysisError> checkValues(ChartType chart, const ChartInput& input)
{
    const bool hasN = !input.n.empty();
    const bool proportion = chart == ChartType::P || chart == ChartType::PP;
    const std::string name(toString(chart));
    for (std::size_t i = 0; i < input.y.size(); ++i) {
        const auto index = static_cast<long long>(i);
        // Plain doubles plus presence flags: clearer here than nested optionals (and GCC 12
        // warns falsely about optional copies in this loop).
        const bool yGiven = input.y[i].has_value();
        const bool nGiven = hasN && input.n[i].has_value();
        const double y = input.y[i].value_or(0.0);
        const double n = nGiven ? *input.n[i] : 0.0;
        if (yGiven && !std::isfinite(y))
            return fail(AnalysisErrorCode::NonFiniteValue, "y is NaN or infinite" + at(i) + " (use null for a missing value)", index);
        if (nGiven && !std::isfinite(n))
            return fail(AnalysisErrorCode::NonFiniteValue, "n is NaN or infinite" + at(i) + " (use null for a missing value)", index);
        if (nGiven && n < 0.0)
            return fail(AnalysisErrorCode::NegativeValue, "negative denominator" + at(i), index);
        if (nGiven && n == 0.0)
            return fail(AnalysisErrorCode::ZeroDenominator, "denominator is 0" + at(i) + " (use null for a missing value)", index);
        if (yGiven && y < 0.0 && isCountChart(chart))
            return fail(AnalysisErrorCode::NegativeValue, "negative count" + at(i) + " on a " + name + " chart", index);
        if (yGiven && y <= 0.0 && chart == ChartType::T)
            return fail(AnalysisErrorCode::NonPositiveValue, "t chart values must be greater than 0" + at(i), index);
        if (yGiven && nGiven && proportion && y > n)
            return fail(AnalysisErrorCode::NumeratorExceedsDenominator, "numerator exceeds denominator" + at(i) + " on a proportion chart", index);
    }
    return std::nullopt;
}

// A given centre line or target: one value for every point, or one per point; finite or missing.
std::optional<AnalysisError> checkLine(const std::vector<Value>& line, const char* what, std::size_t points)
{
    if (line.size() > 1 && line.size() != points)
        return fail(AnalysisErrorCode::LengthMismatch, std::string(what) + " has " + std::to_string(line.size()) +
                                                           " values but the chart has " + std::to_string(points) +
                                                           " points (give one value or one per point)");
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] && !std::isfinite(*line[i]))
            return fail(AnalysisErrorCode::NonFiniteValue, std::string(what) + " is NaN or infinite" + at(i) +
                                                               " (use null for none)", static_cast<long long>(i));
    }
    return std::nullopt;
}

std::optional<AnalysisError> checkIndexes(const ChartInput& input, std::size_t points)
{
    const long long n = static_cast<long long>(points);
    if (input.freeze && (*input.freeze < 1 || *input.freeze > n))
        return fail(AnalysisErrorCode::FreezeOutOfRange, "freeze must be between 1 and " + std::to_string(n) + ", got " + std::to_string(*input.freeze), *input.freeze);
    for (int p : input.parts) {
        if (p < 1 || p > n - 1)
            return fail(AnalysisErrorCode::PartOutOfRange, "a part must start between index 1 and " + std::to_string(n - 1) + ", got " + std::to_string(p), p);
    }
    for (int e : input.exclude) {
        if (e < 0 || e > n - 1)
            return fail(AnalysisErrorCode::ExcludeOutOfRange, "excluded index must be between 0 and " + std::to_string(n - 1) + ", got " + std::to_string(e), e);
    }
    return std::nullopt;
}
} // namespace

std::optional<AnalysisError> InputValidator::validate(ChartType chart, const ChartInput& input)
{
    if (!std::isfinite(input.multiply) || input.multiply <= 0.0)
        return fail(AnalysisErrorCode::InvalidMultiply, "multiply must be a finite number greater than 0");
    if (auto error = checkShapes(chart, input))
        return error;
    if (auto error = checkValues(chart, input))
        return error;
    const std::size_t points = SeriesAggregator::pointCount(input);
    if (points < 2)
        return fail(AnalysisErrorCode::TooFewPoints, "a chart needs at least 2 points, got " + std::to_string(points));
    if (auto error = checkLine(input.cl, "cl", points))
        return error;
    if (auto error = checkLine(input.target, "target", points))
        return error;
    return checkIndexes(input, points);
}

} // namespace medsafe::analysis
