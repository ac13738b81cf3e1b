#include "analysis/SeriesAggregator.h"

#include "analysis/AccurateStats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The observations of one point; NaN = missing (with a denominator: y or n missing, both are).
struct Group {
    std::vector<double> y;
    std::vector<double> n;
};

double aggregated(Aggregate how, const std::vector<double>& values, std::vector<double>& scratch)
{
    switch (how) {
    case Aggregate::Mean: return AccurateStats::mean(values);
    case Aggregate::Median: return AccurateStats::median(values, scratch);
    case Aggregate::Sum: return AccurateStats::sum(values); // 0 when every value is missing, as R
    case Aggregate::Sd: return AccurateStats::sd(values);
    }
    return kNaN;
}

void addPoint(ChartType chart, const ChartInput& input, const Group& group, PreparedSeries& series,
              std::vector<double>& scratch)
{
    const bool withN = !input.n.empty();
    const std::size_t rows = group.y.size();
    int present = 0;
    for (double v : group.y)
        present += std::isnan(v) ? 0 : 1;
    // R's sum(y, na.rm = length(y) > 1): a lone missing value stays missing, several missing
    // values sum to 0.
    const double ySum = rows == 1 ? group.y[0] : AccurateStats::sum(group.y);
    const double nSum = withN ? AccurateStats::sum(group.n) : kNaN;

    double value = kNaN;
    if (chart == ChartType::C)
        value = ySum;
    else if (chart == ChartType::S)
        value = AccurateStats::sd(group.y);
    else if (withN)
        value = AccurateStats::sum(group.y) / nSum; // 0 / 0 = NaN when nothing is present
    else
        value = aggregated(input.aggregate, group.y, scratch);

    series.value.push_back(value);
    series.subgroupSize.push_back(present);
    if (requiresDenominator(chart)) {
        series.numerator.push_back(ySum);
        series.denominator.push_back(nSum);
    }
    if (chart == ChartType::IP)
        series.weight.push_back(withN ? nSum : static_cast<double>(present));
    if (requiresSubgroups(chart)) {
        series.subgroupMean.push_back(AccurateStats::mean(group.y));
        series.subgroupSd.push_back(AccurateStats::sd(group.y));
    }
}

void readRow(const ChartInput& input, std::size_t row, Group& group)
{
    const bool withN = !input.n.empty();
    // With a denominator, an observation missing y or n is missing both (qicharts2).
    const bool missing = !input.y[row] || (withN && !input.n[row]);
    group.y.push_back(missing ? kNaN : *input.y[row]);
    if (withN)
        group.n.push_back(missing ? kNaN : *input.n[row]);
}
} // namespace

std::size_t SeriesAggregator::countGroups(const std::vector<int>& ids)
{
    std::vector<int> sorted(ids);
    std::sort(sorted.begin(), sorted.end());
    return static_cast<std::size_t>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
}

std::size_t SeriesAggregator::pointCount(const ChartInput& input)
{
    return input.subgroup.empty() ? input.y.size() : countGroups(input.subgroup);
}

void SeriesAggregator::aggregate(ChartType chart, const ChartInput& input, PreparedSeries& series)
{
    std::vector<double> scratch;
    Group group;
    const std::vector<int>& ids = input.subgroup;
    if (ids.empty()) {
        for (std::size_t i = 0; i < input.y.size(); ++i) {
            group.y.clear();
            group.n.clear();
            readRow(input, i, group);
            addPoint(chart, input, group, series, scratch);
        }
        return;
    }
    // Stable order by id keeps the observations of a point in input order.
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });
    std::size_t i = 0;
    while (i < order.size()) {
        const int id = ids[order[i]];
        group.y.clear();
        group.n.clear();
        for (; i < order.size() && ids[order[i]] == id; ++i)
            readRow(input, order[i], group);
        series.subgroupId.push_back(id);
        addPoint(chart, input, group, series, scratch);
    }
}

} // namespace medsafe::analysis
