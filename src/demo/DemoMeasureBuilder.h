#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Creates the default measures of one botilbud with the baseline frozen after six months,
// and the monthly values of the measures that are typed in (the proportions). Measures
// derived from incidents get no values of their own: the incidents are their data.
// Proportions rise as the change they follow is adopted; the trained-staff proportion is
// counted from the training records. Needs people and training records.
class DemoMeasureBuilder {
public:
    // Creates the measures only (PDSA cycles link to them before values exist).
    static void buildMeasures(DemoContext& context, DemoBotilbud& target);
    static void buildMeasurements(DemoContext& context, DemoBotilbud& target);

private:
    struct Curve {
        double baseline;    // proportion before the change
        double improved;    // proportion once the change is adopted
        int adoptionDelay;  // months after the common adoption curve
    };
    static void addProportion(DemoContext& context, DemoBotilbud& target, const domain::Measure& measure,
                              const Curve& curve, int denominatorKind);
    static void addTrainedStaff(DemoContext& context, DemoBotilbud& target, const domain::Measure& measure);
};

} // namespace medsafe::demo
