#include "app/access/ChangePasswordDialog.h"

#include "services/access/PasswordRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medsafe::app {

ChangePasswordDialog::ChangePasswordDialog(services::AccountService accounts, bool required, QWidget* parent)
    : CheckedDialog(parent), m_accounts(accounts) {
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(required ? tr("You signed in with a temporary password. Choose your own password now.")
                            : tr("Choose a new password of at least %1 characters.")
                                  .arg(services::PasswordRules::kMinimumLength),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const auto field = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_current = field("currentPassword");
    m_new = field("newPassword");
    m_repeat = field("repeatPassword");
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    layout->addLayout(form);
    finish(layout, "passwordProblem", [this] { return tryChange(); });
}

bool ChangePasswordDialog::tryChange() {
    QString refusal;
    if (m_new->text() != m_repeat->text()) {
        refusal = tr("The two new passwords differ.");
    } else if (auto changed = m_accounts.changePassword(m_current->text(), m_new->text()); !changed) {
        refusal = changed.error().display();
    }
    if (refusal.isEmpty()) return true;
    showProblem(refusal);
    return false;
}

} // namespace medsafe::app
