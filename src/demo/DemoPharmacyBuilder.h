#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds the pharmacy's part of one botilbud: the agreement from the programme's start (two
// quality-assurance visits a year and teaching), the checklist shipped with the app, the
// visits (the first in the programme's first month, then every six months) whose compliance rises as the
// changes are adopted, a finding per not-compliant item with an action, a responsible person and a deadline,
// most closed within the deadline, some late, one taken into the driver diagram as a change idea; and
// about 2.5 questions a month to the pharmacy, answered within days. The pharmacy's courses in the training
// log are linked to the agreement and to their topic, whose refresher interval is set. Runs after the
// competence builder (it links its courses).
class DemoPharmacyBuilder {
public:
    static constexpr int kVisitIntervalMonths = 6;
    static constexpr int kFirstVisitMonth = 0;
    static constexpr int kRefresherMonths = 24;
    static constexpr int kMinimumFindings = 2;

    static void build(DemoContext& context, DemoBotilbud& target);

private:
    static void buildAgreement(DemoContext& context, DemoBotilbud& target);
    static void buildVisits(DemoContext& context, DemoBotilbud& target);
    static void buildQuestions(DemoContext& context, DemoBotilbud& target);
    static void linkTraining(DemoBotilbud& target);
};

} // namespace medsafe::demo
