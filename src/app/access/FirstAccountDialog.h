#pragma once

#include "app/access/CheckedDialog.h"
#include "services/access/AccountService.h"
#include "services/organisation/OrganisationService.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace medsafe::app {

// The first start of a database without accounts: the tovholder's account is made, on one of
// the botilbud's people (preferably the person already named tovholder) or a new person, and
// she is signed in. From then on everyone signs in; the tovholder gives the others accounts in
// Forløb og kompetencer › Organisation.
class FirstAccountDialog : public CheckedDialog {
    Q_OBJECT
public:
    FirstAccountDialog(services::AccountService accounts, services::OrganisationService organisation,
                       QWidget* parent = nullptr);

    bool tryCreate();
    QComboBox* personChoice() const { return m_person; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }

private:
    void fillPeople();
    void suggestLogin();

    services::AccountService m_accounts;
    services::OrganisationService m_organisation;
    QComboBox* m_botilbud;
    QComboBox* m_person;
    QLineEdit* m_name;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace medsafe::app
