#pragma once

#include "demo/DemoDataset.h"
#include "demo/DemoTimeline.h"

namespace medsafe::demo {

// Turns a generated botilbud into a programme in progress on the timeline's "as of" date:
// what lies after that date has not happened yet. Events ahead are planned, not done; the
// PDSA cycle under way is running or being studied and the next one is planned; incidents,
// training, survey rounds and measurements after the date are gone; last month's measurements
// are half entered and its monthly report is a draft, so the first screen shows what a
// tovholder meets on an ordinary working day.
class DemoProgressCut {
public:
    // A cycle starting this many days after "today" is shown as planned; later ones are not
    // planned yet.
    static constexpr int kPlanningDays = 62;
    // A cycle that ended less than this many days ago is still being studied.
    static constexpr int kStudyDays = 14;

    static void apply(const DemoTimeline& timeline, DemoBotilbud& home);

private:
    static void cutEvents(const QDate& today, DemoBotilbud& home);
    static void cutPdsaCycles(const QDate& today, DemoBotilbud& home);
    static void cutMeasurements(const DemoTimeline& timeline, DemoBotilbud& home);
    static void cutIncidents(const DemoTimeline& timeline, DemoBotilbud& home);
    static void cutCompetence(const QDate& today, DemoBotilbud& home);
    static void cutReports(const DemoTimeline& timeline, DemoBotilbud& home);
    static void cutPharmacy(const QDate& today, DemoBotilbud& home);
};

} // namespace medsafe::demo
