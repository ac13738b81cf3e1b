#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// Filer › Ny database…, Åbn database… and Seneste databaser: choosing a file and opening it in
// the workspace (through services::BackupService::open, so a migration is backed up first).
// Each returns true when the workspace now shows the other database; the window then reads the
// botilbud again. A refused file is named with the reason and left exactly as it was.
// Borrows the workspace and the dialogs; GUI thread.
class DatabaseFileActions {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileActions)

public:
    DatabaseFileActions(services::Workspace& workspace, DialogService& dialogs);

    // Asks for an existing database file ("" when the person cancels); also the first start's
    // "Åbn en database…", before there is a workspace.
    static QString chooseExisting(DialogService& dialogs, QWidget* parent);

    bool open(QWidget* parent);
    bool openPath(QWidget* parent, const QString& path);
    // A new, empty database at a path the person chooses; an existing file is never overwritten.
    bool create(QWidget* parent);

private:
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
};

} // namespace medsafe::app
