#include "app/reports/ReportPackageActions.h"

#include "app/DialogService.h"
#include "charts/ChartNumberFormat.h"
#include "logging/Logging.h"
#include "report/ReportFormat.h"
#include "services/packages/PackageExporter.h"
#include "services/packages/PackageImporter.h"
#include "services/workspace/Workspace.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace medsafe::app {

namespace {

QString safeName(QString name) {
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("_"));
    return name;
}

QString botilbudName(services::Workspace& workspace, domain::BotilbudId botilbud) {
    auto b = workspace.organisation().botilbud(botilbud);
    return b ? b->name : QString();
}

QString sizeText(qint64 bytes) {
    return QLocale(QLocale::Danish).formattedDataSize(bytes, 0);
}

} // namespace

QString ReportPackageActions::outcomeText(FileResult::Outcome outcome) {
    switch (outcome) {
    case FileResult::Outcome::Imported: return tr("imported");
    case FileResult::Outcome::AlreadyImported: return tr("already imported");
    case FileResult::Outcome::Refused: return tr("refused");
    }
    return {};
}

bool ReportPackageActions::sendReport(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                                      domain::BotilbudId botilbud, const QDate& month) {
    const QString suggested = tr("Data-package_%1_%2.json")
                                  .arg(safeName(botilbudName(workspace, botilbud)), month.toString(QStringLiteral("yyyy-MM")));
    const QString path = dialogs.saveFileName(parent, tr("Send data package to PS!"), QDir::home().filePath(suggested),
                                              tr("Medicinsikker data packages (*.json)"));
    if (path.isEmpty()) return false;
    auto outcome = workspace.packageExporter().exportMonthlyReport(botilbud, month, path);
    if (!outcome) {
        logging::get("reports")->warn("package export refused: {}", outcome.error().message.toStdString());
        dialogs.warning(parent, tr("Send data package"),
                        tr("The data package was not written:\n%1").arg(outcome.error().display()));
        return false;
    }
    workspace.noteSaved();
    QString text = tr("The report of %1 for %2 was saved as a data package (%3):\n%4\n\nSend the file to your PS! "
                      "consultant, e.g. by secure e-mail. It holds no names and no incident descriptions.")
                       .arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month), sizeText(outcome->bytes),
                            QDir::toNativeSeparators(outcome->path));
    if (outcome->markedSent) text += QStringLiteral("\n\n") + tr("The report is now marked as sent.");
    dialogs.information(parent, tr("Send data package"), text);
    return true;
}

void ReportPackageActions::confirmSenders(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                                          const QStringList& paths) {
    const services::PackageTrust trust = workspace.packageTrust();
    QSet<QString> asked; // one question per key, however many of its packages are chosen
    for (const QString& path : paths) {
        const auto candidate = trust.inspectFile(path);
        if (!candidate || candidate->alreadyTrusted()) continue;
        const QString key = candidate->botilbudKey + QLatin1Char('/') + candidate->fingerprint;
        if (asked.contains(key)) continue;
        asked.insert(key);
        if (!dialogs.askToTrust(parent, *candidate)) continue;
        const bool replace = !candidate->trustedFingerprint.isEmpty();
        if (const Status trusted = trust.trust(*candidate, replace); !trusted) {
            logging::get("reports")->warn("trusting {} failed: {}", candidate->fingerprint.toStdString(),
                                          trusted.error().message.toStdString());
            dialogs.warning(parent, tr("Trust the sender"),
                            tr("The key was not trusted:\n%1").arg(trusted.error().display()));
            continue;
        }
        logging::get("reports")->info("trusted the key {} for {}", candidate->fingerprint.toStdString(),
                                      candidate->botilbudKey.toStdString());
    }
}

bool ReportPackageActions::importFeedback(QWidget* parent, services::Workspace& workspace, DialogService& dialogs) {
    const QString path = dialogs.openFileName(parent, tr("Load feedback from PS!"),
                                              tr("Medicinsikker data packages (*.json);;All files (*)"));
    if (path.isEmpty()) return false;
    confirmSenders(parent, workspace, dialogs, {path});
    auto outcome = workspace.packageImporter().importFile(path);
    if (!outcome) {
        logging::get("reports")->warn("feedback import refused: {}", outcome.error().message.toStdString());
        dialogs.warning(parent, tr("Load feedback"), tr("The file was not loaded:\n%1").arg(outcome.error().display()));
        return false;
    }
    if (outcome->kind != services::PackageImportOutcome::Kind::Feedback) {
        // A report package opened here by mistake was merged like any import; say what it was.
        dialogs.information(parent, tr("Load feedback"),
                            tr("The file was a monthly report from %1 for %2, not feedback.")
                                .arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month)));
        workspace.noteBotilbudListChanged();
        return true;
    }
    workspace.noteSaved();
    dialogs.information(parent, tr("Load feedback"),
                        outcome->unchanged
                            ? tr("This feedback for %1, %2 was loaded before; nothing changed.")
                                  .arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month))
                            : tr("The feedback from PS! on the report of %1 for %2 is loaded.")
                                  .arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month)));
    return true;
}

QList<ReportPackageActions::FileResult> ReportPackageActions::importPackages(services::Workspace& workspace,
                                                                             const QStringList& paths) {
    QList<FileResult> results;
    const services::PackageImporter importer = workspace.packageImporter();
    for (const QString& path : paths) {
        FileResult result;
        result.path = path;
        auto outcome = importer.importFile(path);
        if (!outcome) {
            logging::get("reports")->warn("package {} refused: {}", path.toStdString(),
                                          outcome.error().message.toStdString());
            result.outcome = FileResult::Outcome::Refused;
            result.detail = outcome.error().display();
        } else {
            result.outcome = outcome->unchanged ? FileResult::Outcome::AlreadyImported : FileResult::Outcome::Imported;
            result.detail = QStringLiteral("%1, %2").arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month));
            if (outcome->kind == services::PackageImportOutcome::Kind::Feedback)
                result.detail += QStringLiteral(" (") + tr("feedback") + QLatin1Char(')');
            else if (outcome->createdBotilbud)
                result.detail += QStringLiteral(" (") + tr("new botilbud") + QLatin1Char(')');
            else if (outcome->replaced)
                result.detail += QStringLiteral(" (") + tr("replaces the earlier package") + QLatin1Char(')');
        }
        results << result;
    }
    if (!paths.isEmpty()) workspace.noteSaved();
    return results;
}

bool ReportPackageActions::exportFeedback(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                                          domain::BotilbudId botilbud, const QDate& month) {
    const QString suggested = tr("Feedback_%1_%2.json")
                                  .arg(safeName(botilbudName(workspace, botilbud)), month.toString(QStringLiteral("yyyy-MM")));
    const QString path = dialogs.saveFileName(parent, tr("Export feedback to the botilbud"),
                                              QDir::home().filePath(suggested), tr("Medicinsikker data packages (*.json)"));
    if (path.isEmpty()) return false;
    auto outcome = workspace.packageExporter().exportFeedback(botilbud, month, path);
    if (!outcome) {
        logging::get("reports")->warn("feedback export refused: {}", outcome.error().message.toStdString());
        dialogs.warning(parent, tr("Export feedback"),
                        tr("The feedback package was not written:\n%1").arg(outcome.error().display()));
        return false;
    }
    dialogs.information(parent, tr("Export feedback"),
                        tr("The feedback for %1, %2 was saved as %3. Send the file to the botilbud's tovholder.")
                            .arg(outcome->botilbudName, charts::ChartNumberFormat::monthName(outcome->month),
                                 QDir::toNativeSeparators(outcome->path)));
    return true;
}

} // namespace medsafe::app
