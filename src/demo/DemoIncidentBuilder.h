#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoDataset.h"

namespace medsafe::demo {

// Builds the incidents (utilsigtede hændelser) of one botilbud so that the measures derived
// from them tell the story: a steady baseline level, then fewer incidents as the changes are
// adopted, fewer of them "medicin ikke givet", and longer gaps between them.
//
// The shape is planned, not left to chance, so the improvement signal holds for any seed:
//  * monthly counts follow DemoTimeline::incidentLevel, apportioned to the exact total;
//  * within a month incidents are spread evenly with some jitter, so the days between them
//    follow the monthly level instead of clumping;
//  * incidents needing a doctor's contact are picked with a minimum gap (kDoctorGapBaseline
//    days in the baseline, kDoctorGapImproved after it);
//  * "medicin ikke givet" takes a falling share of each month's incidents.
class DemoIncidentBuilder {
public:
    static constexpr int kDoctorGapBaseline = 30;
    static constexpr int kDoctorGapImproved = 60;
    static constexpr double kNotGivenShareBaseline = 0.45;
    static constexpr double kNotGivenShareImproved = 0.3;

    static void build(DemoContext& context, DemoBotilbud& target);

private:
    static QList<int> monthlyCounts(DemoContext& context, int total);
    static QList<QDate> spreadInMonth(DemoContext& context, const QDate& month, int count);
};

} // namespace medsafe::demo
