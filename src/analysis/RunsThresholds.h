#pragma once

namespace medsafe::analysis {

// The Anhøj limits for a given number of useful observations.
class RunsThresholds {
public:
    // round(log2(nUseful)) + 3. nUseful >= 1.
    static int longestRunMax(int nUseful);
    // qbinom(0.05, nUseful - 1, 0.5): the smallest k with P(Bin(nUseful - 1, 1/2) <= k) >= 0.05.
    static int crossingsMin(int nUseful);

    // The binomial quantile itself, for trials >= 0 and 0 < p < 1 (success probability 1/2).
    static int binomialHalfQuantile(double p, int trials);
};

} // namespace medsafe::analysis
