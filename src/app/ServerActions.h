#pragma once

#include <QCoreApplication>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class DatabaseFileActions;

// Filer › Forbind til server…, Kopiér databasen til en server… and Hent en lokal kopi fra
// serveren…: the shared server from the menu. Connecting can set up an empty server database
// (after asking); copying shows a progress bar and ends with the table-by-table comparison.
// Borrows the workspace, dialogs and file actions; GUI thread.
class ServerActions {
    Q_DECLARE_TR_FUNCTIONS(ServerActions)

public:
    ServerActions(services::Workspace& workspace, DialogService& dialogs, DatabaseFileActions& files);

    // True when the workspace now shows another database (the server's, or a local file the
    // person chose instead).
    bool connectToServer(QWidget* parent);
    // The open database file into an empty server database; true when the workspace then
    // continues on the server (the person is asked).
    bool pushToServer(QWidget* parent);
    // A new local file from the open server database.
    void pullFromServer(QWidget* parent);

private:
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    DatabaseFileActions& m_files;
};

} // namespace medsafe::app
