#include "analysis/BernoulliCusum.h"

#include <cmath>
#include <string>

namespace medsafe::analysis {

namespace {
AnalysisError fail(AnalysisErrorCode code, std::string message, long long index = -1)
{
    return AnalysisError{code, std::move(message), index};
}

// Event rate of the first `count` cases (long double sum, as R's mean of 0/1 values).
double rateOf(const std::vector<int>& outcomes, std::size_t count)
{
    long double events = 0.0L;
    for (std::size_t i = 0; i < count; ++i)
        events += outcomes[i];
    return static_cast<double>(events / static_cast<long double>(count));
}

std::optional<AnalysisError> validate(const BernoulliCusumInput& in)
{
    if (in.outcomes.empty())
        return fail(AnalysisErrorCode::TooFewPoints, "a Bernoulli CUSUM needs at least 1 case");
    for (std::size_t i = 0; i < in.outcomes.size(); ++i) {
        if (in.outcomes[i] != 0 && in.outcomes[i] != 1)
            return fail(AnalysisErrorCode::InvalidOutcome, "outcome must be 0 or 1 at index " + std::to_string(i),
                        static_cast<long long>(i));
    }
    if (!std::isfinite(in.oddsRatio) || in.oddsRatio <= 0.0)
        return fail(AnalysisErrorCode::InvalidParameter, "the odds ratio must be a finite number greater than 0");
    if (!std::isfinite(in.limit) || in.limit <= 0.0)
        return fail(AnalysisErrorCode::InvalidParameter, "the limit must be a finite number greater than 0");
    if (in.targetRisk && in.baselineCases)
        return fail(AnalysisErrorCode::InvalidTarget, "give a target risk or a baseline, not both");
    if (in.targetRisk && !(*in.targetRisk > 0.0 && *in.targetRisk < 1.0))
        return fail(AnalysisErrorCode::InvalidTarget, "the target risk must be between 0 and 1 (exclusive)");
    if (in.baselineCases && (*in.baselineCases < 1 || static_cast<std::size_t>(*in.baselineCases) > in.outcomes.size()))
        return fail(AnalysisErrorCode::InvalidTarget, "the baseline must be between 1 and " +
                                                          std::to_string(in.outcomes.size()) + " cases");
    return std::nullopt;
}
} // namespace

double BernoulliCusum::riskAtOdds(double p0, double oddsRatio)
{
    const double odds = oddsRatio * (p0 / (1.0 - p0));
    return odds / (1.0 + odds);
}

BernoulliCusumOutcome BernoulliCusum::analyze(const BernoulliCusumInput& input)
{
    if (auto error = validate(input))
        return *error;
    BernoulliCusumResult result;
    result.oddsRatio = input.oddsRatio;
    result.limit = input.limit;
    result.baselineCases = input.baselineCases;
    const std::size_t cases = input.outcomes.size();
    result.p0 = input.targetRisk ? *input.targetRisk
                                 : rateOf(input.outcomes, input.baselineCases ? static_cast<std::size_t>(*input.baselineCases) : cases);
    // A rate of 0 or 1 has no odds to scale (qicharts2 would compute with NaN throughout).
    if (!(result.p0 > 0.0 && result.p0 < 1.0))
        return fail(AnalysisErrorCode::InvalidTarget, "the baseline event rate is " + std::to_string(result.p0) +
                                                          "; a Bernoulli CUSUM needs a rate between 0 and 1 (exclusive)");
    const double p0 = result.p0;
    result.p1 = riskAtOdds(p0, input.oddsRatio);
    result.p2 = riskAtOdds(p0, 1.0 / input.oddsRatio);
    const double up1 = std::log(result.p1 / p0);
    const double down1 = std::log((1.0 - result.p1) / (1.0 - p0));
    const double up2 = std::log(result.p2 / p0);
    const double down2 = std::log((1.0 - result.p2) / (1.0 - p0));

    result.points.resize(cases);
    double z1 = 0.0;
    double z2 = 0.0;
    for (std::size_t i = 0; i < cases; ++i) {
        BernoulliCusumPoint& point = result.points[i];
        const double y = input.outcomes[i];
        point.index = static_cast<int>(i);
        point.outcome = input.outcomes[i];
        // The same arithmetic as qicharts2, so even the signs of zero agree.
        point.s1 = y * up1 + (1.0 - y) * down1;
        point.s2 = y * up2 + (1.0 - y) * down2;
        const double z1i = z1 + point.s1;
        point.signal1 = z1i >= input.limit;
        // Below 0 the upper CUSUM rests at 0; at the limit it signals and starts again from 0.
        point.cusum1 = z1i * (z1i > 0.0 ? 1.0 : 0.0) * (z1i <= input.limit ? 1.0 : 0.0);
        z1 = point.cusum1;
        const double z2i = z2 + -point.s2;
        point.signal2 = z2i <= -input.limit;
        point.cusum2 = z2i * (z2i < 0.0 ? 1.0 : 0.0) * (z2i >= -input.limit ? 1.0 : 0.0);
        z2 = point.cusum2;
    }
    return result;
}

} // namespace medsafe::analysis
