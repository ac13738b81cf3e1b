#include "analysis/ChartOptions.h"

#include "analysis/NameTable.h"

namespace medsafe::analysis {

namespace {
using detail::nameOf;
using detail::valueOf;

constexpr detail::NameTable<Aggregate, 4> kAggregates{{
    {Aggregate::Mean, "mean"},
    {Aggregate::Median, "median"},
    {Aggregate::Sum, "sum"},
    {Aggregate::Sd, "sd"},
}};

constexpr detail::NameTable<RunsMethod, 3> kMethods{{
    {RunsMethod::Anhoej, "anhoej"},
    {RunsMethod::BestBox, "bestbox"},
    {RunsMethod::CutBox, "cutbox"},
}};

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
