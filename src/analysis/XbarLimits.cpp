#include "analysis/XbarLimits.h"

#include "analysis/AccurateStats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

std::size_t XbarLimits::countGroups(const std::vector<int>& ids)
{
    std::vector<int> sorted(ids);
    std::sort(sorted.begin(), sorted.end());
    return static_cast<std::size_t>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
}

void XbarLimits::group(const std::vector<Value>& y, const std::vector<int>& ids, PreparedSeries& series)
{
    // Stable order by id keeps the observations of a subgroup in input order.
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });

    std::vector<double> members;
    std::size_t i = 0;
    while (i < order.size()) {
        const int id = ids[order[i]];
        members.clear();
        for (; i < order.size() && ids[order[i]] == id; ++i) {
            if (const Value& v = y[order[i]])
                members.push_back(*v);
        }
        series.subgroupId.push_back(id);
        series.subgroupSize.push_back(static_cast<int>(members.size()));
        series.value.push_back(AccurateStats::mean(members)); // NaN for an all-missing subgroup
        series.subgroupSd.push_back(AccurateStats::sd(members));
    }
}

double XbarLimits::c4(int k)
{
    if (k < 2)
        return kNaN;
    const double kk = k;
    // Gamma overflows past ~171, so large subgroups use the log-gamma difference.
    const double ratio = k <= 100 ? std::tgamma(kk / 2.0) / std::tgamma((kk - 1.0) / 2.0)
                                  : std::exp(std::lgamma(kk / 2.0) - std::lgamma((kk - 1.0) / 2.0));
    return std::sqrt(2.0 / (kk - 1.0)) * ratio;
}

void XbarLimits::compute(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // Centre line: the grand mean of the base observations, Σ k_i·mean_i / Σ k_i.
    scratch.a.clear();
    scratch.b.clear();
    bool equalSizes = true;
    for (std::size_t i = part.first; i <= part.last; ++i) {
        equalSizes = equalSizes && series.subgroupSize[i] == series.subgroupSize[part.first];
        if (series.isBase(i) && series.subgroupSize[i] > 0) {
            scratch.a.push_back(series.subgroupSize[i] * series.value[i]);
            scratch.b.push_back(series.subgroupSize[i]);
        }
    }
    const double cl = AccurateStats::sum(scratch.a) / AccurateStats::sum(scratch.b);

    // Sigma: mean SD when every subgroup of the part (not only the base) has the same size,
    // otherwise the pooled SD. Subgroups below two observations have no SD and add nothing.
    scratch.a.clear();
    scratch.b.clear();
    for (std::size_t i = part.first; i <= part.last; ++i) {
        if (!series.isBase(i) || series.subgroupSize[i] < 2)
            continue;
        const double sd = series.subgroupSd[i];
        if (equalSizes) {
            scratch.a.push_back(sd);
        } else {
            const double dof = series.subgroupSize[i] - 1;
            scratch.a.push_back(dof * sd * sd);
            scratch.b.push_back(dof);
        }
    }
    const double sigma = equalSizes ? AccurateStats::mean(scratch.a)
                                    : std::sqrt(AccurateStats::sum(scratch.a) / AccurateStats::sum(scratch.b));

    for (std::size_t i = part.first; i <= part.last; ++i) {
        const int k = series.subgroupSize[i];
        const double spread = sigma / (c4(k) * std::sqrt(static_cast<double>(k))); // NaN for k < 2
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        lines.ucl[i] = cl + 3.0 * spread;
        lines.lcl[i] = cl - 3.0 * spread;
        lines.ucl95[i] = cl + 2.0 * spread;
        lines.lcl95[i] = cl - 2.0 * spread;
    }
}

} // namespace medsafe::analysis
