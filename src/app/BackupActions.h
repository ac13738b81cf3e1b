#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// Filer → Sikkerhedskopier… and Gendan fra sikkerhedskopi…: the dialogs around
// services::BackupService, which does the work (copy, verify, rotation, restore). Borrows the
// workspace and the dialogs; GUI thread.
class BackupActions {
    Q_DECLARE_TR_FUNCTIONS(BackupActions)

public:
    BackupActions(services::Workspace& workspace, DialogService& dialogs);

    // Asks where to save (the backups folder suggested), writes and verifies the copy.
    void backUp(QWidget* parent);
    // Asks for a backup, shows its date and row counts, asks again, keeps the current file as a
    // backup, replaces it and reopens it in the workspace. True when the workspace now shows the
    // restored data (the caller then reads the botilbud again).
    bool restore(QWidget* parent);

private:
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
};

} // namespace medsafe::app
