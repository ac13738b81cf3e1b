#pragma once

#include <string>

namespace medsafe::analysis {

enum class AnalysisErrorCode {
    TooFewPoints,                // fewer than two points
    LengthMismatch,              // n or subgroup not as long as y
    NonFiniteValue,              // NaN or ±infinity in y, n or multiply (missing is nullopt)
    NegativeValue,               // negative count (c, u, p, pp, up, g) or denominator
    NonPositiveValue,            // t chart value <= 0
    ZeroDenominator,             // n == 0
    NumeratorExceedsDenominator, // y > n on a p or pp chart
    DenominatorRequired,         // u/p/pp/up without n
    DenominatorNotAllowed,       // n given to c/g/t/xbar
    SubgroupsRequired,           // xbar without subgroup ids
    SubgroupsNotAllowed,         // subgroup ids given to another chart
    FreezeOutOfRange,            // freeze not in 1..N
    PartOutOfRange,              // a part start not in 1..N-1
    ExcludeOutOfRange,           // an excluded index not in 0..N-1
    InvalidMultiply,             // multiply <= 0 or not finite
};

// Why an analysis was refused. `message` is technical English for logs and the CLI; the
// application translates `code` for people. `index` is the offending 0-based input position, or -1.
struct AnalysisError {
    AnalysisErrorCode code = AnalysisErrorCode::TooFewPoints;
    std::string message;
    long long index = -1;
};

} // namespace medsafe::analysis
