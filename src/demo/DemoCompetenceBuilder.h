#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds the competence side of one botilbud: survey topics, two survey rounds (start and
// about month 12) that show improvement, and training records. Pharmacy teaching events get
// their participants here, because who attends decides who is trained: the measure "andel
// medarbejdere med dokumenteret oplæring" is computed from these records.
class DemoCompetenceBuilder {
public:
    static void build(DemoContext& context, DemoBotilbud& target);

    // The courses that count as documented training in medicine handling.
    static bool countsAsMedicineTraining(const domain::TrainingRecord& record);

private:
    static void buildSurveys(DemoContext& context, DemoBotilbud& target);
    static void buildTraining(DemoContext& context, DemoBotilbud& target);
};

} // namespace medsafe::demo
