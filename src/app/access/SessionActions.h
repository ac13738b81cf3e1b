#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;
class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// Who is signed in, in the status bar ("Logget ind: Tove Hansen (tovholder)"), and Filer ›
// Skift adgangskode… and Filer › Log ud og skift bruger….
class SessionActions : public QObject {
    Q_OBJECT
public:
    SessionActions(services::Workspace& workspace, DialogService& dialogs, QWidget* window);

    // Puts the two actions into `fileMenu` before `before`, and the label into `statusBar`.
    void install(QMenu* fileMenu, QAction* before, QStatusBar* statusBar);
    // After a sign-in or another database: the label and what the actions offer.
    void refresh();

    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* switchUserAction() const { return m_switchUser; }
    QLabel* sessionLabel() const { return m_label; }

private:
    void changePassword();
    void switchUser();

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    QWidget* m_window;
    QAction* m_changePassword;
    QAction* m_switchUser;
    QLabel* m_label;
};

} // namespace medsafe::app
