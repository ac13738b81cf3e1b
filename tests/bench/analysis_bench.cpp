// Speed of the analysis engine: many short series (the GUI and the monthly report analyse
// dozens of 60-point measures at a time) and single long series (to show linear scaling).
// Build Release and run by hand; the figures go to docs/performance.md.

#include "analysis/ChartAnalyzer.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace medsafe::analysis;

namespace {
ChartInput makeSeries(ChartType chart, std::size_t points, std::mt19937_64& rng)
{
    ChartInput in;
    in.y.resize(points);
    std::poisson_distribution<int> counts(12);
    std::normal_distribution<double> values(50.0, 8.0);
    std::uniform_int_distribution<int> sizes(80, 200);
    const bool withN = chart == ChartType::P || chart == ChartType::U;
    if (withN)
        in.n.resize(points);
    for (std::size_t i = 0; i < points; ++i) {
        if (withN) {
            const int n = sizes(rng);
            in.n[i] = n;
            in.y[i] = std::min(counts(rng), n);
        } else {
            in.y[i] = values(rng);
        }
    }
    return in;
}

// CPU time of this thread: on a shared build machine the wall clock mostly measures the
// other processes, while thread CPU time is what one core spends on the work.
double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

struct Timing {
    double cpu = 0;  // microseconds of thread CPU time per series
    double wall = 0; // microseconds of wall-clock time per series
};

// `sink` keeps the optimiser from dropping the work.
Timing timeSeries(ChartType chart, const std::vector<ChartInput>& inputs, long long& sink)
{
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = threadCpuMicros();
    for (const ChartInput& in : inputs) {
        const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
        if (const auto* r = std::get_if<ChartResult>(&outcome))
            sink += r->parts[0].nUseful + (r->points.back().sigmaSignal ? 1 : 0);
    }
    const double cpu = threadCpuMicros() - cpuStart;
    const std::chrono::duration<double, std::micro> wall = std::chrono::steady_clock::now() - start;
    const auto count = static_cast<double>(inputs.size());
    return {cpu / count, wall.count() / count};
}
} // namespace

int main()
{
    std::mt19937_64 rng(42);
    long long sink = 0;
    const ChartType charts[] = {ChartType::Run, ChartType::P, ChartType::U, ChartType::I};

    std::printf("Short series: 10,000 series of 60 points each\n");
    for (ChartType chart : charts) {
        std::vector<ChartInput> inputs;
        for (int s = 0; s < 10000; ++s)
            inputs.push_back(makeSeries(chart, 60, rng));
        timeSeries(chart, inputs, sink); // warm-up
        const Timing t = timeSeries(chart, inputs, sink);
        std::printf("  %-4s %8.2f us CPU per series  (wall %.2f us)\n", std::string(toString(chart)).c_str(), t.cpu, t.wall);
    }

    std::printf("Long series: one series, time per series and per point\n");
    for (std::size_t points : {10000u, 100000u, 1000000u}) {
        for (ChartType chart : charts) {
            const std::vector<ChartInput> inputs{makeSeries(chart, points, rng)};
            const int repeats = points >= 1000000 ? 3 : 10;
            Timing best{1e300, 1e300};
            for (int r = 0; r < repeats; ++r) {
                const Timing t = timeSeries(chart, inputs, sink);
                best = {std::min(best.cpu, t.cpu), std::min(best.wall, t.wall)};
            }
            std::printf("  %-4s %8zu points %12.0f us CPU  (%.3f us per point; wall %.0f us)\n",
                        std::string(toString(chart)).c_str(), points, best.cpu, best.cpu / static_cast<double>(points), best.wall);
        }
    }
    std::printf("(checksum %lld)\n", sink);
    return 0;
}
