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
    : QDialog(parent), m_accounts(accounts) {
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
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySignIn()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
    setMinimumWidth(420);
}

bool SignInDialog::trySignIn() {
    auto signedIn = m_accounts.signIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!signedIn) {
        m_problem->setText(signedIn.error().display());
        m_problem->show();
        m_password->setFocus();
        return false;
    }
    QSettings().setValue(kLastLogin, signedIn->login);
    return true;
}

QString SignInDialog::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace medsafe::app
