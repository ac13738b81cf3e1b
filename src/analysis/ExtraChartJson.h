#pragma once

#include "analysis/BernoulliCusum.h"
#include "analysis/ParetoChart.h"

#include <string>

namespace medsafe::analysis {

// The Bernoulli CUSUM and Pareto results as the "outputs" object of their reference cases
// (tests/data/qicharts2-extended/README.md), in the style of ChartResultJson: shortest
// round-trip reals, nulls for non-finite numbers. `indent` is the column of the closing brace.
class ExtraChartJson {
public:
    static std::string bernoulliCusum(const BernoulliCusumResult& result, int indent = 0);
    static std::string pareto(const ParetoResult& result, int indent = 0);
};

} // namespace medsafe::analysis
