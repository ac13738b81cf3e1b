#pragma once

#include "analysis/AnalysisError.h"

#include <optional>
#include <variant>
#include <vector>

namespace medsafe::analysis {

// A Bernoulli CUSUM (qicharts2's bchart, after Neuburger et al. 2017, doi:10.1136/bmjqs-2016-005526)
// for rare events judged case by case, such as serious medication errors: each case is 0 (no
// event) or 1 (event). Two log-likelihood-ratio CUSUMs watch for the odds of an event rising
// by the odds ratio (upper, 0..limit) or falling by it (lower, −limit..0).
struct BernoulliCusumInput {
    std::vector<int> outcomes;          // one 0/1 per case, in order
    std::optional<double> targetRisk;   // p0, the expected event risk, 0 < p0 < 1
    std::optional<int> baselineCases;   // or: p0 = the event rate of the first k cases (1..N)
    // Neither given: p0 = the event rate of all cases. Both given: refused.
    double oddsRatio = 2.0; // the change to detect: p1 has odds OR·odds(p0), p2 odds(p0)/OR
    double limit = 3.5;     // the control limit h; the lower CUSUM uses −h
};

struct BernoulliCusumPoint {
    int index = 0;       // 0-based case number
    int outcome = 0;
    double s1 = 0.0;     // the case's score towards p1: y·ln(p1/p0) + (1−y)·ln((1−p1)/(1−p0))
    double cusum1 = 0.0; // upper CUSUM after this case (restarts at 0 after a signal)
    bool signal1 = false; // the upper CUSUM reached the limit at this case
    double s2 = 0.0;     // the score towards p2, same form
    double cusum2 = 0.0; // lower CUSUM (≤ 0), accumulating −s2
    bool signal2 = false; // the lower CUSUM reached −limit at this case
};

// Plain values, cheap to copy between threads.
struct BernoulliCusumResult {
    double p0 = 0.0;
    double p1 = 0.0;
    double p2 = 0.0;
    double oddsRatio = 2.0;
    double limit = 3.5;
    std::optional<int> baselineCases; // as given: the cases that set p0 (drawn as a freeze line)
    std::vector<BernoulliCusumPoint> points;
};

using BernoulliCusumOutcome = std::variant<BernoulliCusumResult, AnalysisError>;

// Stateless and thread-safe; reproduces qicharts2 0.8.1's bchart (docs/analysis.md).
class BernoulliCusum {
public:
    static BernoulliCusumOutcome analyze(const BernoulliCusumInput& input);
    // The risk whose odds are `oddsRatio` times those of `p0`.
    static double riskAtOdds(double p0, double oddsRatio);
};

} // namespace medsafe::analysis
