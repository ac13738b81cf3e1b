#include "app/access/AccountDialog.h"

#include "services/access/PasswordRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medsafe::app {

AccountDialog::AccountDialog(services::AccountService accounts, const domain::Person& person, Mode mode,
                             QWidget* parent)
    : CheckedDialog(parent), m_accounts(accounts), m_person(person), m_mode(mode) {
    setWindowTitle(mode == Mode::Create ? tr("Account for %1").arg(person.name)
                                        : tr("New temporary password for %1").arg(person.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Give %1 the temporary password in person. %1 chooses a new password at the first "
                      "sign-in.")
                       .arg(person.name),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_login->setText(person.name.section(QLatin1Char(' '), 0, 0).toLower());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(services::PasswordRules::kMinimumLength));
    if (mode == Mode::Create)
        form->addRow(tr("&Login:"), m_login);
    else
        m_login->hide();
    form->addRow(tr("&Temporary password:"), m_password);
    layout->addLayout(form);
    finish(layout, "accountProblem", [this] { return tryApply(); });
}

bool AccountDialog::tryApply() {
    const Status done = m_mode == Mode::Create
                            ? m_accounts.createAccount(m_person.id, m_login->text(), m_password->text())
                            : m_accounts.resetPassword(m_person.id, m_password->text());
    if (done) return true;
    showProblem(done.error().display());
    return false;
}

} // namespace medsafe::app
