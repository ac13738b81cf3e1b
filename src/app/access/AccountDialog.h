#pragma once

#include "app/access/CheckedDialog.h"
#include "domain/Person.h"
#include "services/access/AccountService.h"

class QLabel;
class QLineEdit;

namespace medsafe::app {

// The tovholder gives a person an account (a login and a temporary password), or a new
// temporary password (which also lifts a lock-out). The person chooses their own password at
// the first sign-in.
class AccountDialog : public CheckedDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Reset };
    AccountDialog(services::AccountService accounts, const domain::Person& person, Mode mode,
                  QWidget* parent = nullptr);

    bool tryApply();
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }

private:
    services::AccountService m_accounts;
    domain::Person m_person;
    Mode m_mode;
    QLineEdit* m_login;
    QLineEdit* m_password;
};

} // namespace medsafe::app
