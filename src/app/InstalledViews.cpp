#include "app/InstalledViews.h"

#include "app/MainWindow.h"
#include "app/improvement/ImprovementView.h"
#include "app/incidents/IncidentsView.h"
#include "app/measurements/MeasurementsView.h"
#include "app/overview/OverviewView.h"
#include "app/pdsa/PdsaView.h"
#include "app/programme/ProgrammeView.h"
#include "app/reports/MonthlyReportView.h"
#include "app/runcharts/RunChartsView.h"

namespace medsafe::app {

void installViews(MainWindow& window, DialogService& dialogs) {
    // Each view reads window.database() when it needs data (the database can be replaced while
    // the program runs) and follows window.currentBotilbudChanged / databaseReplaced.
    (void)window;
    (void)dialogs;
    window.setViewWidget(ViewId::Overview, new OverviewView(window, dialogs));
    window.setViewWidget(ViewId::Improvement, new ImprovementView(window, dialogs));
    window.setViewWidget(ViewId::Pdsa, new PdsaView(window, dialogs));
    window.setViewWidget(ViewId::RunCharts, new RunChartsView(window, dialogs));
    window.setViewWidget(ViewId::Measurements, new MeasurementsView(window, dialogs));
    window.setViewWidget(ViewId::Incidents, new IncidentsView(window, dialogs));
    window.setViewWidget(ViewId::Programme, new ProgrammeView(window, dialogs));
    window.setViewWidget(ViewId::MonthlyReport, new MonthlyReportView(window, dialogs));
}

} // namespace medsafe::app
