#pragma once

#include <QList>

#include <cstdint>
#include <random>

namespace medsafe::demo {

// The only source of randomness of the demo generator. std::mt19937_64 is specified bit for bit
// by the standard, but std::uniform_*_distribution is not (libstdc++ and libc++ differ), so the
// distributions here are written out by hand: the same seed gives the same dataset everywhere.
// Not thread-safe; one instance per generation run.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, 1) with 53 random bits.
    double real();
    // Uniform in [low, high] (inclusive); low <= high. Rejection sampling keeps it unbiased.
    int between(int low, int high);
    // True with probability p.
    bool chance(double p) { return real() < p; }
    // Uniform in [low, high).
    double realBetween(double low, double high) { return low + (high - low) * real(); }
    // An index drawn with the given (non-negative, not all zero) weights.
    int weighted(const QList<double>& weights);

    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }

    // Fisher-Yates with between(), so the order is reproducible too.
    template <typename T>
    void shuffle(QList<T>& items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, static_cast<int>(i)));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace medsafe::demo
