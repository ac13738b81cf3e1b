#include "analysis/ChartType.h"

#include "analysis/NameTable.h"

namespace medsafe::analysis {

namespace {
constexpr detail::NameTable<ChartType, 13> kNames{{
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

} // namespace

std::string_view toString(ChartType type)
{
    return detail::nameOf(kNames, type); // "run" for a value the table lacks (the first name)
}

std::optional<ChartType> chartTypeFromString(std::string_view text)
{
    return detail::valueOf(kNames, text);
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
