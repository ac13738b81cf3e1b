#pragma once

#include "app/access/CheckedDialog.h"
#include "services/access/AccountService.h"

class QLabel;
class QLineEdit;

namespace medsafe::app {

// "Skift adgangskode": the current password and the new one twice. After a sign-in with a
// temporary password (a new account or a reset) it is shown before the window opens.
class ChangePasswordDialog : public CheckedDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(services::AccountService accounts, bool required, QWidget* parent = nullptr);
    bool tryChange();
    QLineEdit* currentField() const { return m_current; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* repeatField() const { return m_repeat; }

private:
    services::AccountService m_accounts;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
};

} // namespace medsafe::app
