#pragma once

#include "app/access/CheckedDialog.h"
#include "services/access/AccountService.h"

class QLabel;
class QLineEdit;

namespace medsafe::app {

// "Log ind": login and password, checked by AccountService while the dialog is open; a wrong
// password or a locked account is said in the dialog, which stays open. For the demo database
// the demo logins are shown. GUI thread.
class SignInDialog : public CheckedDialog {
    Q_OBJECT
public:
    // `demoHint`: for the demo database, the logins to try (empty otherwise).
    SignInDialog(services::AccountService accounts, const QString& databaseName, const QString& demoHint,
                 QWidget* parent = nullptr);

    // Signs in with the fields as they are; false with the reason shown.
    bool trySignIn();
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }

private:
    services::AccountService m_accounts;
    QLineEdit* m_login;
    QLineEdit* m_password;
};

} // namespace medsafe::app
