#include "app/access/SessionActions.h"

#include "app/DialogService.h"
#include "app/access/ChangePasswordDialog.h"
#include "domain/DomainLabels.h"
#include "services/workspace/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace medsafe::app {

SessionActions::SessionActions(services::Workspace& workspace, DialogService& dialogs, QWidget* window)
    : QObject(window), m_workspace(workspace), m_dialogs(dialogs), m_window(window) {
    m_changePassword = new QAction(tr("Change &password…"), this);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    m_switchUser = new QAction(tr("Sign &out and switch user…"), this);
    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("sessionLabel"));
    connect(m_changePassword, &QAction::triggered, this, &SessionActions::changePassword);
    connect(m_switchUser, &QAction::triggered, this, &SessionActions::switchUser);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &SessionActions::refresh);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &SessionActions::refresh);
}

void SessionActions::install(QMenu* fileMenu, QAction* before, QStatusBar* statusBar) {
    fileMenu->insertAction(before, m_changePassword);
    fileMenu->insertAction(before, m_switchUser);
    fileMenu->insertSeparator(before);
    statusBar->addPermanentWidget(m_label);
    refresh();
}

void SessionActions::refresh() {
    const auto& who = m_workspace.session();
    if (who.signedIn) {
        m_label->setText(tr("Signed in: %1 (%2)").arg(who.name, domain::DomainLabels::label(who.roles)));
        m_label->setToolTip(
            tr("Login: %1. Every change is recorded in the history with this name.").arg(who.login));
    } else {
        m_label->setText(tr("Not signed in"));
        m_label->setToolTip(tr("This database has no accounts yet, or you work as the database's owner."));
    }
    m_changePassword->setEnabled(who.signedIn);
    m_switchUser->setEnabled(who.signedIn && !m_workspace.databaseIsServer());
    if (m_workspace.databaseIsServer())
        m_switchUser->setToolTip(
            tr("On a server, connect again with another login (File › Connect to server…)."));
}

void SessionActions::changePassword() {
    ChangePasswordDialog dialog(m_workspace.accounts(), false, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_dialogs.information(m_window, tr("Change password"), tr("Your password has been changed."));
}

void SessionActions::switchUser() {
    m_workspace.accounts().signOut();
    m_workspace.noteSessionChanged();
    // Nobody may keep working without a sign-in: cancelled, the program ends.
    if (!m_dialogs.signIn(m_window, m_workspace.database(), false)) {
        m_window->close();
        return;
    }
    m_workspace.noteSessionChanged();
}

} // namespace medsafe::app
