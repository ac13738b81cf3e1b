#include "demo/DemoRandom.h"

namespace medsafe::demo {

double DemoRandom::real()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const std::uint64_t span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
    // Largest multiple of span that fits; values above it would favour small results.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t x = m_engine();
    while (x >= limit)
        x = m_engine();
    return static_cast<int>(low + static_cast<std::int64_t>(x % span));
}

int DemoRandom::weighted(const QList<double>& weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double target = real() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return static_cast<int>(i);
        target -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

} // namespace medsafe::demo
