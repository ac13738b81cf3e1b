#pragma once

#include <optional>
#include <string_view>

namespace medsafe::analysis {

// Which rules decide the runs signal of a part.
// Anhoej (default, as qicharts2): longest run > round(log2 n) + 3, or crossings < qbinom(0.05, n-1, 0.5).
// Ihi (alternative, as taught by IHI): a shift of 6 or more points on one side of the centre line,
// or a trend of 5 or more points steadily increasing or decreasing.
enum class RuleSet { Anhoej, Ihi };

// "anhoej" / "ihi".
std::string_view toString(RuleSet rules);
// Accepts "anhoej", "anhøj" and "ihi", case-insensitively (ASCII); nullopt otherwise.
std::optional<RuleSet> ruleSetFromString(std::string_view text);

} // namespace medsafe::analysis
