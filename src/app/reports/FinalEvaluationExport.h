#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>

class QWidget;

namespace medsafe::app {

class DialogService;
class MainWindow;

// Saves the final evaluation (slutevaluering) of a botilbud as a PDF: asks for the file, builds
// the evaluation over the whole programme (anonymised, as PS! receives it) and says what
// happened. The tovholder makes it in phase 4; it is offered at any time, covering the months
// so far. GUI thread.
class FinalEvaluationExport {
    Q_DECLARE_TR_FUNCTIONS(FinalEvaluationExport)

public:
    static bool exportPdf(QWidget* parent, MainWindow& window, DialogService& dialogs, domain::BotilbudId botilbud);
};

} // namespace medsafe::app
