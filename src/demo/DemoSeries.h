#pragma once

#include "demo/DemoDataset.h"

#include <vector>

namespace medsafe::demo {

// The chart series of one measure of a generated botilbud, computed the way the application
// defines the measure: typed proportions from their measurements, derived measures from the
// incidents (monthly counts, rate per resident-days, or days between consecutive events).
// Used by the tests and the documentation figures to check the story the data tells.
struct DemoSeries {
    std::vector<double> values;
    int baselinePoints = 0; // the first points, up to the measure's freeze month

    static DemoSeries forMeasure(const DemoBotilbud& home, const domain::Measure& measure);
};

} // namespace medsafe::demo
