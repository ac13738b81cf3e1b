#include "demo/DemoGenerator.h"

#include "demo/DemoCompetenceBuilder.h"
#include "demo/DemoContext.h"
#include "demo/DemoIncidentBuilder.h"
#include "demo/DemoImprovementBuilder.h"
#include "demo/DemoMeasureBuilder.h"
#include "demo/DemoOrganisationBuilder.h"
#include "demo/DemoPharmacyBuilder.h"
#include "demo/DemoProgressCut.h"
#include "demo/DemoReportBuilder.h"

#include <algorithm>

namespace medsafe::demo {

DemoDataset DemoGenerator::generate() const
{
    DemoRandom random(m_options.seed);
    DemoIdAllocator ids;
    const DemoTimeline timeline(std::max(m_options.months, DemoOptions::kMinMonths), m_options.asOf);

    DemoDataset dataset;
    const int count = std::max(1, m_options.botilbudCount);
    dataset.botilbud.reserve(count);
    for (int i = 0; i < count; ++i) {
        DemoContext context{random, ids, timeline, i, m_options.incidentsFor(i)};
        DemoBotilbud home;
        // Order matters: each step uses what the previous ones made.
        DemoOrganisationBuilder::build(context, home);
        DemoMeasureBuilder::buildMeasures(context, home);
        DemoImprovementBuilder::build(context, home);
        DemoCompetenceBuilder::build(context, home);
        DemoPharmacyBuilder::build(context, home);
        DemoMeasureBuilder::buildMeasurements(context, home);
        DemoIncidentBuilder::build(context, home);
        DemoReportBuilder::build(context, home);
        // The whole story is told first and then cut at "today", so a programme in progress
        // draws the same random numbers as the finished one and differs only in what has
        // not happened yet.
        if (timeline.asOf().isValid())
            DemoProgressCut::apply(timeline, home);
        dataset.botilbud << std::move(home);
    }
    return dataset;
}

} // namespace medsafe::demo
