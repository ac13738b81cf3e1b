#pragma once

// Shared by the benchmark programs: min/median/max of repeated timings, printed on one line.

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace medsafe::bench {

struct Stats {
    double min = 0, median = 0, max = 0;
};

inline Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2], ms.back()};
}

inline void print(const char* what, const Stats& s) {
    std::printf("%-46s min %7.2f ms   median %7.2f ms   max %7.2f ms\n", what, s.min, s.median, s.max);
}

inline void print(const char* what, const std::vector<double>& ms) { print(what, stats(ms)); }

inline double elapsedMs(const QElapsedTimer& timer) { return static_cast<double>(timer.nsecsElapsed()) / 1e6; }

} // namespace medsafe::bench
