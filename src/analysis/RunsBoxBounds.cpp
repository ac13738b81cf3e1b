#include "analysis/RunsBoxBounds.h"

#include "analysis/RunsThresholds.h"

#include <array>

namespace medsafe::analysis {

namespace {
// n, cb, lb, cbord, lbord; -1 = the cut box has no border at this n.
struct Row {
    int n, cb, lb, cbord, lbord;
};

constexpr std::array<Row, 91> kRows{{
    {10, 2, 6, 3, 5},
    {11, 3, 7, 4, 6},
    {12, 3, 6, -1, -1},
    {13, 3, 6, -1, -1},
    {14, 3, 6, -1, -1},
    {15, 4, 7, 6, 6},
    {16, 5, 8, 6, 7},
    {17, 5, 7, -1, -1},
    {18, 5, 7, 6, 6},
    {19, 5, 7, 6, 5},
    {20, 6, 7, -1, -1},
    {21, 7, 8, -1, -1},
    {22, 6, 7, 7, 6},
    {23, 6, 7, 7, 6},
    {24, 6, 7, 7, 6},
    {25, 6, 7, -1, -1},
    {26, 9, 9, 10, 7},
    {27, 9, 8, 10, 7},
    {28, 9, 8, 11, 7},
    {29, 10, 8, -1, -1},
    {30, 11, 10, 12, 9},
    {31, 11, 9, 14, 8},
    {32, 11, 8, -1, -1},
    {33, 11, 8, 12, 7},
    {34, 11, 8, 13, 7},
    {35, 12, 8, -1, -1},
    {36, 13, 9, 15, 8},
    {37, 14, 10, -1, -1},
    {38, 13, 8, -1, -1},
    {39, 15, 11, -1, -1},
    {40, 15, 9, -1, -1},
    {41, 15, 9, 17, 8},
    {42, 14, 8, -1, -1},
    {43, 14, 8, -1, -1},
    {44, 17, 10, -1, -1},
    {45, 17, 9, -1, -1},
    {46, 17, 9, 19, 8},
    {47, 17, 9, 20, 7},
    {48, 19, 12, 20, 11},
    {49, 19, 10, 21, 9},
    {50, 19, 9, -1, -1},
    {51, 19, 9, 21, 8},
    {52, 19, 9, 21, 7},
    {53, 21, 11, 23, 9},
    {54, 21, 10, 23, 8},
    {55, 21, 9, -1, -1},
    {56, 21, 9, 23, 8},
    {57, 23, 12, 25, 11},
    {58, 23, 10, 24, 9},
    {59, 23, 10, 26, 8},
    {60, 23, 9, -1, -1},
    {61, 23, 9, 24, 8},
    {62, 25, 11, 27, 9},
    {63, 25, 10, 27, 9},
    {64, 26, 11, 27, 10},
    {65, 26, 10, 27, 9},
    {66, 27, 12, 29, 10},
    {67, 27, 10, -1, -1},
    {68, 27, 10, 29, 8},
    {69, 28, 11, 29, 8},
    {70, 29, 14, 30, 13},
    {71, 29, 11, 31, 9},
    {72, 29, 10, 30, 9},
    {73, 30, 11, 31, 10},
    {74, 30, 10, -1, -1},
    {75, 31, 12, 32, 9},
    {76, 31, 11, 34, 8},
    {77, 31, 10, 33, 9},
    {78, 32, 11, 33, 8},
    {79, 33, 13, 37, 11},
    {80, 33, 11, 35, 9},
    {81, 33, 10, -1, -1},
    {82, 34, 11, 36, 10},
    {83, 33, 10, 36, 7},
    {84, 35, 11, -1, -1},
    {85, 35, 11, 38, 8},
    {86, 35, 10, 36, 9},
    {87, 35, 10, 38, 8},
    {88, 37, 12, 38, 10},
    {89, 37, 11, 39, 9},
    {90, 38, 12, -1, -1},
    {91, 37, 10, 39, 9},
    {92, 39, 13, 41, 12},
    {93, 39, 11, 40, 10},
    {94, 39, 11, 42, 8},
    {95, 39, 10, -1, -1},
    {96, 39, 10, 41, 8},
    {97, 41, 12, 42, 9},
    {98, 41, 11, 44, 9},
    {99, 42, 12, 43, 10},
    {100, 41, 10, 42, 9},
}};
} // namespace

std::optional<RunsBoxBounds::Bounds> RunsBoxBounds::forUseful(int nUseful)
{
    if (nUseful < kFirst || nUseful > kLast)
        return std::nullopt;
    const Row& row = kRows[static_cast<std::size_t>(nUseful - kFirst)];
    Bounds bounds;
    bounds.crossingsBox = row.cb;
    bounds.longestRunBox = row.lb;
    if (row.cbord >= 0) {
        bounds.crossingsBorder = row.cbord;
        bounds.longestRunBorder = row.lbord;
    }
    return bounds;
}

bool RunsBoxBounds::signal(RunsMethod method, int nUseful, int crossings, int longestRun)
{
    const std::optional<Bounds> box = method == RunsMethod::Anhoej ? std::nullopt : forUseful(nUseful);
    if (!box) {
        return longestRun > RunsThresholds::longestRunMax(nUseful) ||
               crossings < RunsThresholds::crossingsMin(nUseful);
    }
    const bool insideBox = crossings >= box->crossingsBox && longestRun <= box->longestRunBox;
    if (method == RunsMethod::BestBox || !box->crossingsBorder)
        return !insideBox;
    // The cut box: the box with its corner (cb, lb) cut off, plus the border cells
    // (cb, up to lbord) and (from cbord, lb).
    if (crossings >= box->crossingsBox + 1 && longestRun <= box->longestRunBox - 1)
        return false;
    if (crossings == box->crossingsBox && longestRun <= *box->longestRunBorder)
        return false;
    if (crossings >= *box->crossingsBorder && longestRun <= box->longestRunBox)
        return false;
    return true;
}

} // namespace medsafe::analysis
