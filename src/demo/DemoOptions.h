#pragma once

#include <QDate>

#include <cstdint>

namespace medsafe::demo {

// What to generate. The defaults give the one realistic demo botilbud; larger numbers give the
// benchmark dataset (`--botilbud 100 --months 60 --incidents 100000`).
struct DemoOptions {
    static constexpr std::uint64_t kDefaultSeed = 20240101;
    static constexpr int kDefaultMonths = 24;
    static constexpr int kDefaultIncidentsPerBotilbud = 80;
    static constexpr int kBaselineMonths = 6;
    static constexpr int kMinMonths = 18; // room for baseline, tests and a sustained change

    std::uint64_t seed = kDefaultSeed;
    int botilbudCount = 1;
    int months = kDefaultMonths;
    // Incidents over all botilbud; 0 = kDefaultIncidentsPerBotilbud for each botilbud.
    int incidents = 0;
    // "Today" for a programme in progress: the programme started so that this date falls in
    // its 14th month (of 24), and nothing after it has happened yet (DemoProgressCut). Null =
    // the finished programme ending December 2025, which tests and benchmarks compare against.
    // The same seed and date always give the same data.
    QDate asOf;

    int incidentsFor(int botilbudIndex) const
    {
        if (incidents <= 0)
            return kDefaultIncidentsPerBotilbud;
        // Spread evenly; the first botilbud take the remainder so the total is exact.
        return incidents / botilbudCount + (botilbudIndex < incidents % botilbudCount ? 1 : 0);
    }
};

} // namespace medsafe::demo
