#include "app/ServerActions.h"

#include "app/DatabaseFileActions.h"
#include "app/DialogService.h"
#include "app/ServerConnectDialog.h"
#include "logging/Logging.h"
#include "services/server/ServerTransferService.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace medsafe::app {

namespace {

// A progress bar for a copy; the copy is one transaction, so it cannot be cancelled halfway.
struct CopyProgress {
    QProgressDialog dialog;
    explicit CopyProgress(QWidget* parent, const QString& label) : dialog(label, QString(), 0, 0, parent) {
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(300);
        dialog.setCancelButton(nullptr);
    }
    storage::DatabaseCopier::Progress callback() {
        return [this](const QString&, qint64 done, qint64 total) {
            dialog.setMaximum(static_cast<int>(std::max<qint64>(total, 1)));
            dialog.setValue(static_cast<int>(done));
        };
    }
};

qint64 rowsOf(const services::ServerTransferService::Summary& summary) {
    qint64 rows = 0;
    for (const auto& table : summary)
        rows += table.targetRows;
    return rows;
}

} // namespace

ServerActions::ServerActions(services::Workspace& workspace, DialogService& dialogs,
                             DatabaseFileActions& files)
    : m_workspace(workspace), m_dialogs(dialogs), m_files(files) {}

bool ServerActions::connectToServer(QWidget* parent) {
    ServerConnectDialog dialog(
        ServerConnectDialog::remembered(),
        [&](const storage::ServerAddress& address) {
            auto opened = storage::Database::openServer(address, storage::OpenMode::OpenExisting);
            if (!opened && storage::Database::isEmptyServerDatabase(opened.error()) &&
                m_dialogs.question(
                    parent, tr("Connect to server"),
                    tr("The database %1 on the server is empty. Set it up for Medicinsikker now?")
                        .arg(address.display())))
                return storage::Database::openServer(address, storage::OpenMode::CreateOrMigrate);
            return opened;
        },
        parent);
    dialog.exec();
    switch (dialog.choice()) {
    case ServerConnectDialog::Choice::Connected: {
        logging::get("app")->info("connected to {}", dialog.address().display().toStdString());
        auto database = dialog.takeDatabase();
        if (!m_dialogs.signIn(parent, *database, false)) return false;
        m_workspace.replaceDatabase(std::move(database));
        return true;
    }
    case ServerConnectDialog::Choice::OpenLocalFile:
        return m_files.open(parent);
    case ServerConnectDialog::Choice::Cancelled:
        break;
    }
    return false;
}

bool ServerActions::pushToServer(QWidget* parent) {
    if (m_workspace.databaseIsServer()) return false;
    const QString file = m_workspace.databasePath();
    services::ServerTransferService::Summary summary;
    ServerConnectDialog dialog(
        ServerConnectDialog::remembered(),
        [&](const storage::ServerAddress& address) -> Result<std::unique_ptr<storage::Database>> {
            CopyProgress progress(
                parent, tr("Copying %1 to %2…").arg(QDir::toNativeSeparators(file), address.display()));
            auto pushed = services::ServerTransferService::push(file, address, progress.callback());
            if (!pushed) return pushed.error();
            summary = pushed.value();
            return storage::Database::openServer(address, storage::OpenMode::OpenExisting);
        },
        parent);
    dialog.setWindowTitle(tr("Copy the database to a server"));
    dialog.exec();
    if (dialog.choice() == ServerConnectDialog::Choice::OpenLocalFile) return m_files.open(parent);
    if (dialog.choice() != ServerConnectDialog::Choice::Connected) return false;
    const QString where = dialog.address().display();
    if (!m_dialogs.question(parent, tr("Copy the database to a server"),
                            tr("%1 rows in %2 tables were copied to %3, and every table matches the file.\n\n"
                               "Continue working on the server now? The file stays as it is.")
                                .arg(rowsOf(summary))
                                .arg(summary.size())
                                .arg(where)))
        return false;
    auto database = dialog.takeDatabase();
    if (!m_dialogs.signIn(parent, *database, false)) return false;
    m_workspace.replaceDatabase(std::move(database));
    return true;
}

void ServerActions::pullFromServer(QWidget* parent) {
    const auto server = m_workspace.serverAddress();
    if (!server) return;
    // A person's login sees only its own botilbud and no password hashes: a whole copy with its
    // history is the database owner's job.
    if (m_workspace.session().signedIn) {
        m_dialogs.information(
            parent, tr("Local copy of the server database"),
            tr("Only the database's owner (the kommune's IT) can copy the whole server database, "
               "with its history and accounts. You are signed in as %1.")
                .arg(m_workspace.session().name));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_dialogs.saveFileName(parent, tr("Local copy of the server database"),
                                          QDir(folder).filePath(server->databaseName + QStringLiteral(".db")),
                                          tr("Medicinsikker databases (*.db)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".db");
    CopyProgress progress(parent,
                          tr("Copying %1 to %2…").arg(server->display(), QDir::toNativeSeparators(path)));
    auto pulled = services::ServerTransferService::pull(*server, path, progress.callback());
    progress.dialog.reset();
    if (!pulled) {
        m_dialogs.warning(parent, tr("Local copy of the server database"), pulled.error().display());
        return;
    }
    m_dialogs.information(parent, tr("Local copy of the server database"),
                          tr("%1 rows in %2 tables were copied to %3, and every table matches the server.")
                              .arg(rowsOf(*pulled))
                              .arg(pulled->size())
                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace medsafe::app
