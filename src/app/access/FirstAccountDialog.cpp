#include "app/access/FirstAccountDialog.h"

#include "services/access/PasswordRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medsafe::app {

FirstAccountDialog::FirstAccountDialog(services::AccountService accounts,
                                       services::OrganisationService organisation, QWidget* parent)
    : CheckedDialog(parent), m_accounts(accounts), m_organisation(organisation) {
    setWindowTitle(tr("Create the tovholder's account"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Everyone signs in to Medicinsikker, so the audit trail can show who changed what. "
                      "Start with the tovholder's account; she then gives the others theirs in Forløb og "
                      "kompetencer › Organisation."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_botilbud = new QComboBox(this);
    if (auto homes = m_organisation.allBotilbud()) {
        for (const domain::Botilbud& home : *homes) {
            if (home.origin == domain::BotilbudOrigin::Local) m_botilbud->addItem(home.name, home.id.value);
        }
    }
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("firstAccountPerson"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstAccountName"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("firstAccountLogin"));
    m_login->setPlaceholderText(tr("for example tove"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstAccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(services::PasswordRules::kMinimumLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("firstAccountRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    // One botilbud needs no choice; the combo still holds it but is not shown (a parented widget
    // left out of the layout would float over the intro text).
    if (m_botilbud->count() > 1)
        form->addRow(tr("&Botilbud:"), m_botilbud);
    else
        m_botilbud->hide();
    form->addRow(tr("&Tovholder:"), m_person);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    layout->addLayout(form);
    finish(layout, "firstAccountProblem", [this] { return tryCreate(); });
    connect(m_botilbud, &QComboBox::currentIndexChanged, this, &FirstAccountDialog::fillPeople);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        const bool newPerson = m_person->currentData().toLongLong() == 0;
        m_name->setEnabled(newPerson);
        if (!newPerson) m_name->setText(m_person->currentText());
        suggestLogin();
    });
    fillPeople();
}

void FirstAccountDialog::fillPeople() {
    m_person->clear();
    const domain::BotilbudId home{m_botilbud->currentData().toLongLong()};
    int preferred = -1;
    if (auto people = m_organisation.people(home, true)) {
        for (const domain::Person& person : *people) {
            m_person->addItem(person.name, person.id.value);
            if (preferred < 0 && person.roles.testFlag(domain::PersonRole::Tovholder))
                preferred = m_person->count() - 1;
        }
    }
    m_person->addItem(tr("A new person…"), 0);
    m_person->setCurrentIndex(preferred >= 0 ? preferred : m_person->count() - 1);
}

void FirstAccountDialog::suggestLogin() {
    if (!m_login->isModified()) m_login->setText(m_name->text().section(QLatin1Char(' '), 0, 0).toLower());
}

bool FirstAccountDialog::tryCreate() {
    QString refusal;
    if (m_password->text() != m_repeat->text()) {
        refusal = tr("The two passwords differ.");
    } else {
        services::AccountService::FirstAccount first;
        first.botilbud = domain::BotilbudId{m_botilbud->currentData().toLongLong()};
        first.person = domain::PersonId{m_person->currentData().toLongLong()};
        first.name = m_name->text();
        first.login = m_login->text().trimmed();
        first.password = m_password->text();
        if (auto created = m_accounts.createFirstAccount(first); !created)
            refusal = created.error().display();
    }
    if (refusal.isEmpty()) return true;
    showProblem(refusal);
    return false;
}

} // namespace medsafe::app
