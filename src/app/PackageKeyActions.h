#pragma once

#include <QCoreApplication>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// Filer → Nøgler til datapakker…: this database's own fingerprint (what a tovholder or a
// consultant reads out on the phone when the other side trusts their packages) and the keys it
// trusts, with the date each was trusted. Borrows the workspace and the dialogs; GUI thread.
class PackageKeyActions {
    Q_DECLARE_TR_FUNCTIONS(PackageKeyActions)

public:
    PackageKeyActions(services::Workspace& workspace, DialogService& dialogs);

    void showKeys(QWidget* parent);

private:
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
};

} // namespace medsafe::app
