#pragma once

#include <span>
#include <vector>

namespace medsafe::analysis {

// Sums, means and medians that round exactly like R's, because the runs analysis tests
// "y == centre line" with exact equality: a mean that is one ulp off turns a tie into a
// useful point (see the oracle cases i_constant_n10 and c_ties_on_mean_n20).
// All functions skip NaN (R's na.rm = TRUE); NaN is the engine's internal "missing".
class AccurateStats {
public:
    // R's sum(): long double accumulation, rounded to double once. 0 for no values.
    static double sum(std::span<const double> values);
    // R's mean(): long double sum / n, plus one correction pass sum(x - mean) / n. NaN if empty.
    static double mean(std::span<const double> values);
    // R's median(): middle value, or the R-mean of the two middle values. NaN if empty.
    // `scratch` is reused storage so hot loops do not allocate.
    static double median(std::span<const double> values, std::vector<double>& scratch);
    // R's sd() (n - 1 divisor). NaN for fewer than two values.
    static double sd(std::span<const double> values);
};

} // namespace medsafe::analysis
