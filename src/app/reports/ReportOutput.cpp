#include "app/reports/ReportOutput.h"

#include "app/DialogService.h"
#include "logging/Logging.h"
#include "report/FinalEvaluationComposer.h"
#include "report/MonthlyReportComposer.h"
#include "report/ReportPrinter.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <functional>

namespace medsafe::app {

namespace {
// Asks for the file, writes it with `write` under a wait cursor, and reports the outcome.
bool saveAs(QWidget* parent, DialogService& dialogs, const QString& title, const QString& fileName,
            const std::function<bool(const QString&, QString*)>& write) {
    const QString path = dialogs.saveFileName(parent, ReportOutput::tr("Save as PDF"), QDir::home().filePath(fileName),
                                              ReportOutput::tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = write(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        logging::get("reports")->error("could not write {}: {}", path.toStdString(), error.toStdString());
        dialogs.warning(parent, title, ReportOutput::tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    dialogs.information(parent, title, ReportOutput::tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
} // namespace

bool ReportOutput::saveMonthlyReport(QWidget* parent, DialogService& dialogs,
                                        const services::MonthlyReportContent& content) {
    return saveAs(parent, dialogs, tr("Monthly report"), report::MonthlyReportComposer::suggestedFileName(content),
                  [&content](const QString& path, QString* error) {
                      return report::MonthlyReportComposer::writePdf(content, path, error);
                  });
}

bool ReportOutput::printMonthlyReport(QWidget* parent, const services::MonthlyReportContent& content) {
    return report::ReportPrinter::printWithDialog(report::MonthlyReportComposer::compose(content), parent);
}

bool ReportOutput::saveFinalEvaluation(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                                          domain::BotilbudId botilbud) {
    if (!botilbud.isValid()) return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto content = workspace.finalEvaluation().collect(botilbud);
    QApplication::restoreOverrideCursor();
    if (!content) {
        logging::get("reports")->error("final evaluation: {}", content.error().message.toStdString());
        dialogs.warning(parent, tr("Final evaluation"),
                        tr("The final evaluation could not be put together: %1").arg(content.error().display()));
        return false;
    }
    return saveAs(parent, dialogs, tr("Final evaluation"), report::FinalEvaluationComposer::suggestedFileName(*content),
                  [&content](const QString& path, QString* error) {
                      return report::FinalEvaluationComposer::writePdf(*content, path, error);
                  });
}

} // namespace medsafe::app
