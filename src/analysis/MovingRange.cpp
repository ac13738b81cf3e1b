#include "analysis/MovingRange.h"

#include "analysis/AccurateStats.h"

#include <cmath>

namespace medsafe::analysis {

double MovingRange::screenedSigma(std::span<const double> sequence, std::vector<double>& scratch)
{
    scratch.clear();
    for (std::size_t i = 1; i < sequence.size(); ++i)
        scratch.push_back(std::fabs(sequence[i] - sequence[i - 1])); // NaN next to a missing value
    const double amr = AccurateStats::mean(scratch);
    // Screening (qicharts2 option qic.screenedmr, on when the package is attached): drop the
    // ranges at or above the upper MR limit once, then average again. A NaN limit keeps nothing.
    const double cut = kD4 * amr;
    std::size_t kept = 0;
    for (double mr : scratch) {
        if (mr < cut)
            scratch[kept++] = mr;
    }
    scratch.resize(kept);
    return AccurateStats::mean(scratch) / kD2;
}

} // namespace medsafe::analysis
