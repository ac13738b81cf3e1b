#pragma once

#include <span>
#include <vector>

namespace medsafe::analysis {

// Sigma from moving ranges, as the i, t, pp and up charts estimate it.
class MovingRange {
public:
    // The d2 constant for n = 2 and the D4 screening / upper-limit factor.
    static constexpr double kD2 = 1.128;
    static constexpr double kD4 = 3.267;

    // `sequence` is the base points in order (excluded points already removed, so a gap is
    // bridged; NaN = missing, so both ranges touching it are dropped). Returns AMR / 1.128
    // after one screening pass that keeps only ranges < 3.267 * AMR. NaN if no range is left.
    static double screenedSigma(std::span<const double> sequence, std::vector<double>& scratch);
};

} // namespace medsafe::analysis
