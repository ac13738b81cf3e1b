#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds the organisation side of one botilbud: the home itself, its people and roles, the
// programme phases, the 7 læringstræf, 5 PS! visits, pharmacy teaching and the start-up
// checklist of phase 1.
class DemoOrganisationBuilder {
public:
    static void build(DemoContext& context, DemoBotilbud& target);

private:
    static void buildPeople(DemoContext& context, DemoBotilbud& target);
    static void buildEvents(DemoContext& context, DemoBotilbud& target);
    static void buildChecklist(DemoContext& context, DemoBotilbud& target);
};

} // namespace medsafe::demo
