#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds the improvement work of one botilbud: the aim with the three questions, the driver
// diagram, the change ideas and the PDSA ramps that test them. Needs people and measures.
class DemoImprovementBuilder {
public:
    static void build(DemoContext& context, DemoBotilbud& target);

private:
    static void buildAim(DemoContext& context, DemoBotilbud& target);
    static void buildDrivers(DemoContext& context, DemoBotilbud& target);
    static void buildPdsaCycles(DemoContext& context, DemoBotilbud& target);
};

} // namespace medsafe::demo
