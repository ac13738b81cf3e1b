#include "analysis/ChartType.h"

#include <array>
#include <cctype>
#include <utility>

namespace medsafe::analysis {

namespace {
constexpr std::array<std::pair<ChartType, std::string_view>, 13> kNames{{
    {ChartType::Run, "run"},
    {ChartType::I, "i"},
    {ChartType::MR, "mr"},
    {ChartType::C, "c"},
    {ChartType::U, "u"},
    {ChartType::P, "p"},
    {ChartType::G, "g"},
    {ChartType::T, "t"},
    {ChartType::Xbar, "xbar"},
    {ChartType::PP, "pp"},
    {ChartType::UP, "up"},
    {ChartType::S, "s"},
    {ChartType::IP, "ip"},
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
} // namespace

std::string_view toString(ChartType type)
{
    for (const auto& [t, name] : kNames) {
        if (t == type)
            return name;
    }
    return "run";
}

std::optional<ChartType> chartTypeFromString(std::string_view text)
{
    for (const auto& [t, name] : kNames) {
        if (equalsIgnoreCase(text, name))
            return t;
    }
    return std::nullopt;
}

bool requiresDenominator(ChartType type)
{
    return type == ChartType::U || type == ChartType::P || type == ChartType::PP || type == ChartType::UP;
}

bool acceptsDenominator(ChartType type)
{
    return requiresDenominator(type) || type == ChartType::Run || type == ChartType::I || type == ChartType::MR ||
           type == ChartType::IP;
}

bool requiresSubgroups(ChartType type)
{
    return type == ChartType::Xbar || type == ChartType::S;
}

bool hasControlLimits(ChartType type)
{
    return type != ChartType::Run;
}

bool centreLineIsMedian(ChartType type)
{
    return type == ChartType::Run || type == ChartType::G;
}

} // namespace medsafe::analysis
