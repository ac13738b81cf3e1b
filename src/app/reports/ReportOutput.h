#pragma once

#include "domain/Ids.h"
#include "services/report/MonthlyReportContent.h"

#include <QCoreApplication>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// Saving and printing reports from the app, the same way wherever the button is: ask for the
// file (named after botilbud and month) or the printer, write or print, and say in words what
// happened. GUI thread.
class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    // A monthly report whose content is already prepared for leaving the botilbud.
    static bool saveMonthlyReport(QWidget* parent, DialogService& dialogs, const services::MonthlyReportContent& content);
    // Prints a monthly report (prepared for leaving the botilbud) with the PDF's pages.
    // False when the person cancels or the printer refuses.
    static bool printMonthlyReport(QWidget* parent, const services::MonthlyReportContent& content);
    // The final evaluation (slutevaluering) over the whole programme, built here; offered at
    // any time, it covers the months so far.
    static bool saveFinalEvaluation(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                                    domain::BotilbudId botilbud);
};

} // namespace medsafe::app
