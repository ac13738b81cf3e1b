#include "analysis/RuleSet.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace medsafe::analysis {

std::string_view toString(RuleSet rules)
{
    return rules == RuleSet::Ihi ? "ihi" : "anhoej";
}

std::optional<RuleSet> ruleSetFromString(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "anhoej" || lower == "anhøj" || lower == "anhoj")
        return RuleSet::Anhoej;
    if (lower == "ihi")
        return RuleSet::Ihi;
    return std::nullopt;
}

} // namespace medsafe::analysis
