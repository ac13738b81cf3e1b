#include "app/reports/ReportPackageActions.h"

#include "app/DialogService.h"
#include "app/MainWindow.h"

namespace medsafe::app {

QString ReportPackageActions::outcomeText(FileResult::Outcome outcome) {
    switch (outcome) {
    case FileResult::Outcome::Imported: return tr("imported");
    case FileResult::Outcome::AlreadyImported: return tr("already imported");
    case FileResult::Outcome::Refused: return tr("refused");
    }
    return {};
}

bool ReportPackageActions::sendReport(QWidget* parent, MainWindow& window, DialogService& dialogs,
                                      domain::BotilbudId botilbud, const QDate& month) {
    (void)window;
    (void)botilbud;
    (void)month;
    dialogs.warning(parent, tr("Send data package"), tr("Data packages are not available yet."));
    return false;
}

bool ReportPackageActions::importFeedback(QWidget* parent, MainWindow& window, DialogService& dialogs) {
    (void)window;
    dialogs.warning(parent, tr("Load feedback"), tr("Data packages are not available yet."));
    return false;
}

QList<ReportPackageActions::FileResult> ReportPackageActions::importPackages(MainWindow& window,
                                                                             const QStringList& paths) {
    (void)window;
    QList<FileResult> results;
    for (const QString& path : paths)
        results << FileResult{path, FileResult::Outcome::Refused, tr("Data packages are not available yet.")};
    return results;
}

bool ReportPackageActions::exportFeedback(QWidget* parent, MainWindow& window, DialogService& dialogs,
                                          domain::BotilbudId botilbud, const QDate& month) {
    (void)window;
    (void)botilbud;
    (void)month;
    dialogs.warning(parent, tr("Export feedback"), tr("Data packages are not available yet."));
    return false;
}

} // namespace medsafe::app
