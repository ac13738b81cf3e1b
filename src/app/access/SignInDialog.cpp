#include "app/access/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {
const QString kLastLogin = QStringLiteral("signIn/lastLogin");
} // namespace

SignInDialog::SignInDialog(services::AccountService accounts, const QString& databaseName,
                           const QString& demoHint, QWidget* parent)
    : CheckedDialog(parent), m_accounts(accounts) {
    setWindowTitle(tr("Sign in — Medicinsikker"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Sign in to work in %1. The app records who changes what.").arg(databaseName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_login->setText(QSettings().value(kLastLogin).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    if (!demoHint.isEmpty()) {
        auto* hint = new QLabel(demoHint, this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    finish(layout, "signInProblem", [this] { return trySignIn(); })
        ->button(QDialogButtonBox::Ok)
        ->setText(tr("Sign in"));
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

bool SignInDialog::trySignIn() {
    auto signedIn = m_accounts.signIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!signedIn) {
        showProblem(signedIn.error().display());
        m_password->setFocus();
        return false;
    }
    QSettings().setValue(kLastLogin, signedIn->login);
    return true;
}

} // namespace medsafe::app
