#include "app/BackupActions.h"

#include "app/DialogService.h"
#include "logging/Logging.h"
#include "services/backup/BackupService.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace medsafe::app {

using services::BackupService;

BackupActions::BackupActions(services::Workspace& workspace, DialogService& dialogs)
    : m_workspace(workspace), m_dialogs(dialogs) {}

void BackupActions::backUp(QWidget* parent) {
    storage::Database& db = m_workspace.database();
    if (db.isInMemory()) {
        m_dialogs.warning(parent, tr("Back up"),
                          tr("This database lives only in memory and cannot be backed up."));
        return;
    }
    const QString folder = BackupService::folderFor(db.path());
    // Where the rotation lives; the person may choose any other place.
    (void)storage::Database::ensurePrivateFolder(folder);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2-manual.db")
            .arg(QFileInfo(db.path()).completeBaseName(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    const QString target =
        m_dialogs.saveFileName(parent, tr("Back up"), suggested, tr("Medicinsikker databases (*.db)"));
    if (target.isEmpty()) return;
    const auto made = BackupService::backUpTo(db, target);
    if (!made) {
        logging::get("app")->error("backup to {} failed: {}", target.toStdString(),
                                   made.error().message.toStdString());
        m_dialogs.warning(parent, tr("Back up"), tr("The backup failed:\n%1").arg(made.error().display()));
        return;
    }
    m_dialogs.information(
        parent, tr("Back up"),
        tr("The backup has been saved and checked:\n%1").arg(QDir::toNativeSeparators(*made)));
}

bool BackupActions::restore(QWidget* parent) {
    const QString path = m_workspace.database().path();
    if (m_workspace.database().isInMemory()) {
        m_dialogs.warning(parent, tr("Restore from backup"),
                          tr("This database lives only in memory; there is no file to restore."));
        return false;
    }
    const QString backup = m_dialogs.openFileName(parent, tr("Restore from backup"),
                                                  tr("Medicinsikker databases (*.db);;All files (*)"));
    if (backup.isEmpty()) return false;
    const auto info = BackupService::inspect(backup);
    if (!info) {
        m_dialogs.warning(
            parent, tr("Restore from backup"),
            tr("This file cannot be restored:\n%1\n\nNothing has been changed.").arg(info.error().display()));
        return false;
    }
    const QLocale locale;
    const QString when = locale.toString(info->takenAt.toLocalTime(), QStringLiteral("d. MMMM yyyy, HH:mm"));
    const QString question = tr("Restore the backup from %1?\n\nIt holds %2 botilbud, %3 measurements, %4 "
                                "incidents, %5 PDSA cycles "
                                "and %6 monthly reports.\n\nThe database %7 is replaced by it. The current "
                                "data is kept as a backup "
                                "first.")
                                 .arg(when)
                                 .arg(info->rows(QStringLiteral("botilbud")))
                                 .arg(info->rows(QStringLiteral("measurement")))
                                 .arg(info->rows(QStringLiteral("incident")))
                                 .arg(info->rows(QStringLiteral("pdsa_cycle")))
                                 .arg(info->rows(QStringLiteral("monthly_report")))
                                 .arg(QDir::toNativeSeparators(path));
    if (!m_dialogs.question(parent, tr("Restore from backup"), question)) return false;

    // The file is replaced on disk: the open connection must let go of it first.
    m_workspace.database().close();
    const auto kept = BackupService::restore(path, backup);
    // Open the file again either way: the restored data, or the unchanged current data.
    auto reopened = BackupService::open(path, storage::OpenMode::OpenExisting);
    if (!reopened) {
        logging::get("app")->error("reopening {} after restore failed: {}", path.toStdString(),
                                   reopened.error().message.toStdString());
        m_dialogs.warning(parent, tr("Restore from backup"),
                          tr("The database could not be opened again:\n%1\n\nRestart Medicinsikker.")
                              .arg(reopened.error().display()));
        return false;
    }
    // The restored file may hold other accounts than before: sign in to it again. Cancelled,
    // no database is left to work in, so the program ends.
    const bool signedIn = m_dialogs.signIn(parent, *reopened.value(), false);
    m_workspace.replaceDatabase(std::move(reopened.value()));
    if (!signedIn) {
        QCoreApplication::quit();
        return false;
    }
    if (!kept) {
        logging::get("app")->error("restore from {} failed: {}", backup.toStdString(),
                                   kept.error().message.toStdString());
        m_dialogs.warning(parent, tr("Restore from backup"),
                          tr("The backup could not be restored:\n%1\n\nThe database has not been changed.")
                              .arg(kept.error().display()));
        return true;
    }
    m_dialogs.information(parent, tr("Restore from backup"),
                          tr("The backup from %1 has been restored. The data from before is kept as:\n%2")
                              .arg(when, QDir::toNativeSeparators(*kept)));
    return true;
}

} // namespace medsafe::app
