#include "app/DatabaseFileActions.h"

#include "app/DialogService.h"
#include "app/RecentDatabases.h"
#include "logging/Logging.h"
#include "services/backup/BackupService.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace medsafe::app {

namespace {
QString databaseFilter() {
    return DatabaseFileActions::tr("Medicinsikker databases (*.db *.sqlite);;All files (*)");
}
} // namespace

DatabaseFileActions::DatabaseFileActions(services::Workspace& workspace, DialogService& dialogs)
    : m_workspace(workspace), m_dialogs(dialogs) {}

QString DatabaseFileActions::chooseExisting(DialogService& dialogs, QWidget* parent) {
    return dialogs.openFileName(parent, tr("Open database"), databaseFilter());
}

bool DatabaseFileActions::open(QWidget* parent) {
    const QString path = chooseExisting(m_dialogs, parent);
    return !path.isEmpty() && openPath(parent, path);
}

bool DatabaseFileActions::openPath(QWidget* parent, const QString& path) {
    // A file the person chose: never created or filled here (a 0-byte file stays 0 bytes).
    // Backed up before a migration and once a day (services::BackupService).
    auto opened = services::BackupService::open(path, storage::OpenMode::OpenExisting);
    if (!opened) {
        logging::get("app")->warn("refused to open {}: {}", path.toStdString(),
                                  opened.error().message.toStdString());
        m_dialogs.warning(parent, tr("Open database"),
                          tr("The file could not be opened:\n%1\n\nThe file has not been changed.")
                              .arg(opened.error().display()));
        if (!QFileInfo::exists(path)) RecentDatabases::remove(path);
        return false;
    }
    // Signed in to the new file before it replaces the open one; cancelled, the open one stays.
    if (!m_dialogs.signIn(parent, *opened.value(), false)) return false;
    m_workspace.replaceDatabase(std::move(opened.value()));
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
    RecentDatabases::add(path);
    return true;
}

bool DatabaseFileActions::create(QWidget* parent) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_dialogs.saveFileName(parent, tr("New database"),
                                          QDir(folder).filePath(tr("medicinsikker.db")), databaseFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        m_dialogs.warning(
            parent, tr("New database"),
            tr("%1 already exists. Choose a new file name; an existing file is never overwritten.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto created = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
    if (!created) {
        m_dialogs.warning(parent, tr("New database"),
                          tr("The database could not be created:\n%1").arg(created.error().display()));
        return false;
    }
    // A new file has no botilbud yet: the first account is made once the programme is set up.
    if (!m_dialogs.signIn(parent, *created.value(), false)) return false;
    m_workspace.replaceDatabase(std::move(created.value()));
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
    RecentDatabases::add(path);
    logging::get("app")->info("created database {}", path.toStdString());
    return true;
}

} // namespace medsafe::app
