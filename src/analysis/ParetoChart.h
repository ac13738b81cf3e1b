#pragma once

#include "analysis/AnalysisError.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace medsafe::analysis {

// One bar of a Pareto chart. `name` is nullopt for the "missing" category.
struct ParetoCategory {
    std::optional<std::string> name;
    long long count = 0;
    long long cumulativeCount = 0;
    double share = 0.0;           // count / total (NaN if the total is 0)
    double cumulativeShare = 0.0; // running sum of the shares: the cumulative line
};

struct ParetoResult {
    long long total = 0;
    std::vector<ParetoCategory> categories; // largest count first
};

using ParetoOutcome = std::variant<ParetoResult, AnalysisError>;

// Counts by category sorted for a Pareto chart, as qicharts2's paretochart: largest count first;
// equal counts keep the order of the category names (byte order, i.e. R's sort in the C
// locale), with the missing category after every name. Stateless and thread-safe.
class ParetoChart {
public:
    // Tallies the observations; missing ones form their own category only if `includeMissing`
    // (qicharts2's useNA) and one is present. Categories that never occur do not appear.
    static ParetoResult fromObservations(const std::vector<std::optional<std::string>>& observations,
                                         bool includeMissing = false);
    // Counts already tallied, one entry per category (names must be distinct; zero counts are
    // kept, at the end). A negative count is refused.
    static ParetoOutcome fromCounts(std::vector<std::pair<std::optional<std::string>, long long>> counts);
};

} // namespace medsafe::analysis
