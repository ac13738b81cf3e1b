#include "analysis/ParetoChart.h"

#include <algorithm>
#include <map>

namespace medsafe::analysis {

namespace {
// Name order of the categories before the sort by count: byte order, missing last.
bool nameBefore(const std::optional<std::string>& a, const std::optional<std::string>& b)
{
    if (!a || !b)
        return a.has_value() && !b.has_value();
    return *a < *b;
}

ParetoResult sorted(std::vector<std::pair<std::optional<std::string>, long long>> counts)
{
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return nameBefore(a.first, b.first); });
    // Stable: ties keep the name order, as R's order(..., decreasing = TRUE) does.
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    ParetoResult result;
    for (const auto& entry : counts)
        result.total += entry.second;
    long long running = 0;
    long double runningShare = 0.0L; // R's cumsum accumulates in long double
    for (const auto& [name, count] : counts) {
        ParetoCategory category;
        category.name = name;
        category.count = count;
        running += count;
        category.cumulativeCount = running;
        category.share = static_cast<double>(count) / static_cast<double>(result.total);
        runningShare += category.share;
        category.cumulativeShare = static_cast<double>(runningShare);
        result.categories.push_back(std::move(category));
    }
    return result;
}
} // namespace

ParetoResult ParetoChart::fromObservations(const std::vector<std::optional<std::string>>& observations,
                                           bool includeMissing)
{
    std::map<std::string, long long> byName;
    long long missing = 0;
    for (const auto& observation : observations) {
        if (observation)
            ++byName[*observation];
        else
            ++missing;
    }
    std::vector<std::pair<std::optional<std::string>, long long>> counts;
    for (const auto& [name, count] : byName)
        counts.emplace_back(name, count);
    if (includeMissing && missing > 0)
        counts.emplace_back(std::nullopt, missing);
    return sorted(std::move(counts));
}

ParetoOutcome ParetoChart::fromCounts(std::vector<std::pair<std::optional<std::string>, long long>> counts)
{
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i].second < 0)
            return AnalysisError{AnalysisErrorCode::InvalidParameter,
                                 "a Pareto count must not be negative, got " + std::to_string(counts[i].second) +
                                     " at index " + std::to_string(i),
                                 static_cast<long long>(i)};
    }
    return sorted(std::move(counts));
}

} // namespace medsafe::analysis
