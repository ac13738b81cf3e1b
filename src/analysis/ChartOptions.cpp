#include "analysis/ChartOptions.h"

#include <array>
#include <cctype>
#include <utility>

namespace medsafe::analysis {

namespace {
constexpr std::array<std::pair<Aggregate, std::string_view>, 4> kAggregates{{
    {Aggregate::Mean, "mean"},
    {Aggregate::Median, "median"},
    {Aggregate::Sum, "sum"},
    {Aggregate::Sd, "sd"},
}};

constexpr std::array<std::pair<RunsMethod, std::string_view>, 3> kMethods{{
    {RunsMethod::Anhoej, "anhoej"},
    {RunsMethod::BestBox, "bestbox"},
    {RunsMethod::CutBox, "cutbox"},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value)
{
    for (const auto& [e, name] : names) {
        if (e == value)
            return name;
    }
    return names[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view text)
{
    for (const auto& [e, name] : names) {
        if (equalsIgnoreCase(text, name))
            return e;
    }
    return std::nullopt;
}
} // namespace

std::string_view toString(Aggregate aggregate)
{
    return nameOf(kAggregates, aggregate);
}

std::optional<Aggregate> aggregateFromString(std::string_view text)
{
    return valueOf(kAggregates, text);
}

std::string_view toString(RunsMethod method)
{
    return nameOf(kMethods, method);
}

std::optional<RunsMethod> runsMethodFromString(std::string_view text)
{
    return valueOf(kMethods, text);
}

} // namespace medsafe::analysis
