#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds one monthly report for each month after the baseline: older ones with the PS!
// consultant's feedback, the one before the last sent, the last still a draft. The narrative
// names the PDSA cycles of the month, so reports and cycles agree. Needs the PDSA cycles.
class DemoReportBuilder {
public:
    static void build(DemoContext& context, DemoBotilbud& target);
};

} // namespace medsafe::demo
