#pragma once

#include <string>

namespace medsafe::analysis {

enum class AnalysisErrorCode {
    TooFewPoints,                // fewer than two points
    LengthMismatch,              // n or subgroup not as long as y; cl or target not 1 or one per point
    NonFiniteValue,              // NaN or ±infinity in y, n, cl, target or multiply (missing is nullopt)
    NegativeValue,               // negative count (c, u, p, pp, up, g) or denominator
    NonPositiveValue,            // t chart value <= 0 (also after aggregation)
    ZeroDenominator,             // n == 0
    NumeratorExceedsDenominator, // y > n on a p or pp chart
    DenominatorRequired,         // u/p/pp/up without n
    DenominatorNotAllowed,       // n given to c/g/t/xbar
    SubgroupsRequired,           // xbar or s without subgroup ids
    SubgroupsNotAllowed,         // no longer produced: every chart may group values by subgroup id
    FreezeOutOfRange,            // freeze not in 1..N
    PartOutOfRange,              // a part start not in 1..N-1
    ExcludeOutOfRange,           // an excluded index not in 0..N-1
    InvalidMultiply,             // multiply <= 0 or not finite
    InvalidOutcome,              // Bernoulli CUSUM: an outcome that is not 0 or 1
    InvalidTarget,               // Bernoulli CUSUM: target risk not in (0, 1), or a baseline with no or only events
    InvalidParameter,            // Bernoulli CUSUM: odds ratio or limit not a finite number > 0; Pareto: a negative count
};

// Why an analysis was refused. `message` is technical English for logs and the CLI; the
// application translates `code` for people. `index` is the offending 0-based input position, or -1.
struct AnalysisError {
    AnalysisErrorCode code = AnalysisErrorCode::TooFewPoints;
    std::string message;
    long long index = -1;
};

} // namespace medsafe::analysis
