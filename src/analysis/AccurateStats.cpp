#include "analysis/AccurateStats.h"

#include <algorithm>
#include <cmath>

namespace medsafe::analysis {

namespace {
// Long double is the 80-bit x87 type on x86-64, the same accumulator R uses there.
using Wide = long double;
} // namespace

double AccurateStats::sum(std::span<const double> values)
{
    Wide s = 0.0L;
    for (double v : values) {
        if (!std::isnan(v))
            s += v;
    }
    return static_cast<double>(s);
}

double AccurateStats::mean(std::span<const double> values)
{
    Wide s = 0.0L;
    long long count = 0;
    for (double v : values) {
        if (!std::isnan(v)) {
            s += v;
            ++count;
        }
    }
    if (count == 0)
        return std::nan("");
    const Wide n = static_cast<Wide>(count);
    s /= n;
    // The correction pass removes the rounding error of the first division; it is what makes
    // mean(rep(4.2, 10)) exactly 4.2.
    if (std::isfinite(static_cast<double>(s))) {
        Wide t = 0.0L;
        for (double v : values) {
            if (!std::isnan(v))
                t += static_cast<Wide>(v) - s;
        }
        s += t / n;
    }
    return static_cast<double>(s);
}

double AccurateStats::median(std::span<const double> values, std::vector<double>& scratch)
{
    scratch.clear();
    for (double v : values) {
        if (!std::isnan(v))
            scratch.push_back(v);
    }
    const std::size_t n = scratch.size();
    if (n == 0)
        return std::nan("");
    const std::size_t half = n / 2;
    std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(half), scratch.end());
    const double upper = scratch[half];
    if (n % 2 == 1)
        return upper;
    const double lower = *std::max_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(half));
    const double pair[2] = {lower, upper};
    return mean(pair);
}

double AccurateStats::sd(std::span<const double> values)
{
    const double m = mean(values);
    long long count = 0;
    Wide ss = 0.0L;
    for (double v : values) {
        if (!std::isnan(v)) {
            const Wide d = static_cast<Wide>(v) - m;
            ss += d * d;
            ++count;
        }
    }
    if (count < 2)
        return std::nan("");
    return std::sqrt(static_cast<double>(ss / static_cast<Wide>(count - 1)));
}

} // namespace medsafe::analysis
