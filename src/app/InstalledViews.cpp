#include "app/InstalledViews.h"

#include "app/history/HistoryView.h"
#include "app/improvement/ImprovementView.h"
#include "app/incidents/IncidentsView.h"
#include "app/measurements/MeasurementsView.h"
#include "app/overview/OverviewView.h"
#include "app/pdsa/PdsaView.h"
#include "app/pharmacy/PharmacyView.h"
#include "app/programme/ProgrammeView.h"
#include "app/reports/MonthlyReportView.h"
#include "app/runcharts/RunChartsView.h"
#include "app/startup/StartupView.h"
#include "app/sustain/SustainView.h"

namespace medsafe::app {

namespace {

template <typename View> QWidget* make(services::Workspace& workspace, DialogService& dialogs) {
    return new View(workspace, dialogs);
}

} // namespace

const std::array<InstalledView, kAllViews.size()>& installedViews() {
    // In the order of kAllViews (the navigation list); each view follows the workspace's
    // currentBotilbudChanged / databaseReplaced and reads through its services.
    static const std::array<InstalledView, kAllViews.size()> kViews{{
        {ViewId::Overview, &make<OverviewView>},
        {ViewId::Improvement, &make<ImprovementView>},
        {ViewId::Pdsa, &make<PdsaView>},
        {ViewId::Measurements, &make<MeasurementsView>},
        {ViewId::RunCharts, &make<RunChartsView>},
        {ViewId::Incidents, &make<IncidentsView>},
        {ViewId::Programme, &make<ProgrammeView>},
        {ViewId::MonthlyReport, &make<MonthlyReportView>},
        {ViewId::History, &make<HistoryView>},
        {ViewId::Pharmacy, &make<PharmacyView>},
        {ViewId::Startup, &make<StartupView>},
        {ViewId::Sustain, &make<SustainView>},
    }};
    return kViews;
}

} // namespace medsafe::app
