#include "app/access/ChangePasswordDialog.h"

#include "services/access/PasswordRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medsafe::app {

ChangePasswordDialog::ChangePasswordDialog(services::AccountService accounts, bool required, QWidget* parent)
    : QDialog(parent), m_accounts(accounts) {
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
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryChange()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

bool ChangePasswordDialog::tryChange() {
    QString problem;
    if (m_new->text() != m_repeat->text()) {
        problem = tr("The two new passwords differ.");
    } else if (auto changed = m_accounts.changePassword(m_current->text(), m_new->text()); !changed) {
        problem = changed.error().display();
    }
    if (problem.isEmpty()) return true;
    m_problem->setText(problem);
    m_problem->show();
    return false;
}

QString ChangePasswordDialog::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace medsafe::app
