#include "app/reports/FinalEvaluationExport.h"

#include "app/DialogService.h"
#include "app/MainWindow.h"
#include "logging/Logging.h"
#include "report/FinalEvaluationComposer.h"
#include "services/report/FinalEvaluationCollector.h"

#include <QApplication>
#include <QDir>

namespace medsafe::app {

bool FinalEvaluationExport::exportPdf(QWidget* parent, MainWindow& window, DialogService& dialogs,
                                      domain::BotilbudId botilbud) {
    if (!botilbud.isValid()) return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto content = services::FinalEvaluationCollector(window.database()).collect(botilbud);
    QApplication::restoreOverrideCursor();
    if (!content) {
        logging::get("reports")->error("final evaluation: {}", content.error().message.toStdString());
        dialogs.warning(parent, tr("Final evaluation"),
                        tr("The final evaluation could not be put together: %1").arg(content.error().display()));
        return false;
    }
    const QString path = dialogs.saveFileName(parent, tr("Save the final evaluation as PDF"),
                                              QDir::home().filePath(report::FinalEvaluationComposer::suggestedFileName(*content)),
                                              tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = report::FinalEvaluationComposer::writePdf(*content, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        logging::get("reports")->error("could not write {}: {}", path.toStdString(), error.toStdString());
        dialogs.warning(parent, tr("Final evaluation"),
                        tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    dialogs.information(parent, tr("Final evaluation"),
                        tr("The final evaluation was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace medsafe::app
