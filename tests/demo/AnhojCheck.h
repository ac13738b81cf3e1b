#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace medsafe::demo::test {

// An independent Anhøj runs check for the tests, written from the rules in docs/domain.md:
// median of the first `baseline` points (frozen), points on the median ignored, longest run
// > round(log2(n)) + 3 or crossings < qbinom(0.05, n - 1, 0.5). It checks the data the
// generator makes; the analysis engine's own result is checked next to it in the tests.
struct AnhojCheck {
    double median = 0;
    int useful = 0;
    int longestRun = 0;
    int longestRunSide = 0; // +1 above the median, -1 below
    int longestRunMax = 0;
    int crossings = 0;
    int crossingsMin = 0;

    bool signal() const { return longestRun > longestRunMax || crossings < crossingsMin; }

    static double medianOf(std::vector<double> v)
    {
        std::sort(v.begin(), v.end());
        const auto n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    // Smallest k with P(Bin(trials, 1/2) <= k) >= 0.05.
    static int binomialQuantile(int trials)
    {
        double p = std::pow(0.5, trials);
        double term = p;
        for (int k = 0; k <= trials; ++k) {
            if (p >= 0.05)
                return k;
            term = term * (trials - k) / (k + 1);
            p += term;
        }
        return trials;
    }

    static AnhojCheck run(const std::vector<double>& values, int baseline)
    {
        AnhojCheck check;
        check.median = medianOf(std::vector<double>(values.begin(), values.begin() + baseline));
        std::vector<int> sides;
        for (double v : values) {
            if (v != check.median)
                sides.push_back(v > check.median ? 1 : -1);
        }
        check.useful = static_cast<int>(sides.size());
        if (sides.empty())
            return check;
        int run = 1;
        check.longestRun = 1;
        check.longestRunSide = sides[0];
        for (size_t i = 1; i < sides.size(); ++i) {
            if (sides[i] == sides[i - 1]) {
                ++run;
            } else {
                ++check.crossings;
                run = 1;
            }
            if (run > check.longestRun) {
                check.longestRun = run;
                check.longestRunSide = sides[i];
            }
        }
        check.longestRunMax = static_cast<int>(std::lround(std::log2(check.useful))) + 3;
        check.crossingsMin = binomialQuantile(check.useful - 1);
        return check;
    }
};

} // namespace medsafe::demo::test
