#pragma once

#include "analysis/ChartOptions.h"

#include <optional>

namespace medsafe::analysis {

// The best-box and cut-box runs rules of Anhøj & Wentzel-Larsen (2020, PLoS ONE 15(6):
// e0233920, doi:10.1371/journal.pone.0233920): for 10..100 useful observations, bounds on the
// number of crossings and the longest run chosen jointly, so that together they keep the false
// signal rate near that of the two separate Anhøj tests while detecting shifts more often.
// The numbers are the ones qicharts2 0.8.1 uses (facts taken from its table, not its code).
class RunsBoxBounds {
public:
    struct Bounds {
        int crossingsBox = 0;               // cb: fewest crossings inside the box
        int longestRunBox = 0;              // lb: longest run inside the box
        std::optional<int> crossingsBorder; // cbord: the cut box's border crossings, where it has one
        std::optional<int> longestRunBorder;// lbord: the cut box's border longest run
    };

    static constexpr int kFirst = 10;
    static constexpr int kLast = 100;

    // The bounds for nUseful in kFirst..kLast; nullopt outside (the Anhøj test applies there).
    static std::optional<Bounds> forUseful(int nUseful);

    // The runs signal of `method` for nUseful useful observations with `crossings` crossings and
    // a longest run of `longestRun`. Box methods outside 10..100 fall back to the Anhøj test,
    // as qicharts2 does.
    static bool signal(RunsMethod method, int nUseful, int crossings, int longestRun);
};

} // namespace medsafe::analysis
