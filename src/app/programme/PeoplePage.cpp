#include "app/programme/PeoplePage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/access/AccountDialog.h"
#include "domain/DomainLabels.h"
#include "domain/OrganisationValidator.h"
#include "logging/Logging.h"
#include "services/organisation/WorkingGroupCheck.h"
#include "services/workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medsafe::app {

using domain::Person;
using domain::PersonRole;

namespace {

enum Column { NameColumn, RolesColumn, MedicineColumn, FromColumn, StatusColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
// The earliest date the start field offers; shown as "ikke angivet" (not recorded).
const QDate kNoDate(2000, 1, 1);

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d. MMM yyyy")) : QString();
}

} // namespace

PeoplePage::PeoplePage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::ManagePeople, parent),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("peoplePage"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Medicine"), tr("From"), tr("Status")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("workingGroupWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_warnings);

    auto* columns = new QHBoxLayout;
    auto* listSide = new QVBoxLayout;
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(tr("New person"), this);
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    listSide->addLayout(top);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    listSide->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleCountLabel"));
    listSide->addWidget(m_count);
    columns->addLayout(listSide, 3);

    m_form = new QGroupBox(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("personNameLineEdit"));
    m_nameError = new QLabel(m_form);
    m_email = new QLineEdit(m_form);
    m_email->setObjectName(QStringLiteral("personEmailLineEdit"));
    m_email->setPlaceholderText(tr("optional"));
    form->addRow(tr("Name: *"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("E-mail:"), m_email);
    auto* roles = new QGridLayout;
    int index = 0;
    for (PersonRole role : domain::allValues<PersonRole>()) {
        auto* box = new QCheckBox(domain::DomainLabels::label(role), m_form);
        box->setObjectName(QStringLiteral("role_%1").arg(domain::toCode(role)));
        m_roles.insert(role, box);
        roles->addWidget(box, index / 2, index % 2);
        ++index;
    }
    form->addRow(tr("Roles:"), roles);
    m_handlesMedicine = new QCheckBox(tr("Handles residents' medicine"), m_form);
    m_handlesMedicine->setObjectName(QStringLiteral("handlesMedicineCheckBox"));
    form->addRow(QString(), m_handlesMedicine);
    m_start = new QDateEdit(m_form);
    m_start->setObjectName(QStringLiteral("personStartDateEdit"));
    m_start->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    m_start->setCalendarPopup(true);
    m_start->setMinimumDate(kNoDate);
    m_start->setSpecialValueText(tr("not recorded"));
    form->addRow(tr("Joined:"), m_start);
    m_ended = new QLabel(m_form);
    m_ended->setObjectName(QStringLiteral("personEndedLabel"));
    form->addRow(tr("Left:"), m_ended);
    m_dateError = new QLabel(m_form);
    form->addRow(QString(), m_dateError);
    // The person's sign-in: the tovholder gives accounts and temporary passwords here.
    m_account = new QLabel(m_form);
    m_account->setObjectName(QStringLiteral("personAccountLabel"));
    m_account->setWordWrap(true);
    m_createAccount = new QPushButton(tr("Give an account…"), m_form);
    m_createAccount->setObjectName(QStringLiteral("createAccountButton"));
    m_createAccount->setToolTip(
        tr("A login and a temporary password; the person chooses a new password at the first sign-in."));
    m_resetPassword = new QPushButton(tr("New temporary password…"), m_form);
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetPassword->setToolTip(tr("For a forgotten password or a locked account."));
    auto* accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_createAccount);
    accountButtons->addWidget(m_resetPassword);
    accountButtons->addStretch(1);
    form->addRow(tr("Account:"), m_account);
    form->addRow(QString(), accountButtons);
    connect(m_createAccount, &QPushButton::clicked, this,
            [this] { changeAccount(AccountDialog::Mode::Create); });
    connect(m_resetPassword, &QPushButton::clicked, this,
            [this] { changeAccount(AccountDialog::Mode::Reset); });
    for (QLabel* label : {m_nameError, m_dateError}) {
        label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        label->setWordWrap(true);
        label->hide();
    }
    auto* buttons = new QHBoxLayout;
    m_retire = new QPushButton(tr("Retire…"), m_form);
    m_retire->setObjectName(QStringLiteral("retirePersonButton"));
    m_retire->setToolTip(tr("The person has left: kept in the history, no longer offered in the forms"));
    m_revert = new QPushButton(tr("Undo changes"), m_form);
    m_revert->setObjectName(QStringLiteral("revertPersonButton"));
    m_save = new QPushButton(tr("Save"), m_form);
    m_save->setObjectName(QStringLiteral("savePersonButton"));
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* formSide = new QVBoxLayout(m_form);
    formSide->addLayout(form);
    formSide->addStretch(1);
    formSide->addLayout(buttons);
    columns->addWidget(m_form, 2);
    layout->addLayout(columns, 1);

    setUpList({m_search, m_table, m_new, m_retire, m_save, m_revert, m_name}, m_proxy);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);

    auto changed = [this] { updateFormState(); };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_email, &QLineEdit::textChanged, this, changed);
    for (QCheckBox* box : m_roles)
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_handlesMedicine, &QCheckBox::toggled, this, changed);
    connect(m_start, &QDateEdit::dateChanged, this, changed);
}

bool PeoplePage::readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) {
    auto people = workspace.organisation().people(botilbud);
    if (!people) {
        logging::get("app")->error("people could not be read: {}", people.error().message.toStdString());
        dialogs().warning(this, tr("Organisation"),
                          tr("The people could not be read: %1").arg(people.error().display()));
        return false;
    }
    m_people = people.value();
    m_model->removeRows(0, m_model->rowCount());
    for (const Person& person : m_people) {
        QList<QStandardItem*> row;
        row << new QStandardItem(person.name) << new QStandardItem(domain::DomainLabels::label(person.roles))
            << new QStandardItem(person.handlesMedicine ? tr("Yes") : QString())
            << new QStandardItem(dateText(person.startDate))
            << new QStandardItem(person.active
                                     ? tr("Active")
                                     : (person.endDate.isValid() ? tr("Left %1").arg(dateText(person.endDate))
                                                                 : tr("Left")));
        for (QStandardItem* item : row) {
            item->setData(person.id.value, kIdRole);
            item->setToolTip(item->text());
            if (!person.active) item->setForeground(QColor(0x70, 0x70, 0x70));
        }
        m_model->appendRow(row);
    }
    updateWarnings();
    return true;
}

void PeoplePage::updateWarnings() {
    QList<Person> active;
    for (const Person& p : m_people)
        if (p.active) active << p;
    const QStringList warnings = services::WorkingGroupCheck::warnings(active);
    m_warnings->setText(warnings.join(u' '));
    m_warnings->setVisible(!warnings.isEmpty());
}

int PeoplePage::initialRow() const {
    return m_proxy->rowCount() > 0 ? m_proxy->mapToSource(m_proxy->index(0, 0)).row() : -1;
}

void PeoplePage::fillBlank() {
    fillForm(Person{});
}

void PeoplePage::fillRow(int sourceRow) {
    const qint64 id = idAt(sourceRow);
    for (const Person& p : m_people)
        if (p.id.value == id) fillForm(p);
}

qint64 PeoplePage::idAt(int sourceRow) const {
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) return 0;
    return m_model->item(sourceRow, NameColumn)->data(kIdRole).toLongLong();
}

int PeoplePage::rowOfId(qint64 id) const {
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (idAt(row) == id) return row;
    return -1;
}

QString PeoplePage::unsavedQuestion() const {
    return tr("The person has changes that are not saved. Save them now?");
}

void PeoplePage::fillForm(const Person& person) {
    m_filling = true;
    m_shown = person;
    m_form->setTitle(person.id.isValid() ? person.name : tr("New person"));
    m_name->setText(person.name);
    m_email->setText(person.email);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(person.roles.testFlag(it.key()));
    m_handlesMedicine->setChecked(person.handlesMedicine);
    m_start->setDate(person.startDate.isValid() ? person.startDate : kNoDate);
    m_ended->setText(person.active ? tr("still here") : dateText(person.endDate));
    for (QLabel* label : {m_nameError, m_dateError})
        label->hide();
    m_filling = false;
    updateFormState();
}

Person PeoplePage::formPerson() const {
    Person person = m_shown;
    person.botilbudId = botilbud();
    person.name = m_name->text().trimmed();
    person.email = m_email->text().trimmed();
    domain::PersonRoles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked()) roles |= it.key();
    person.roles = roles;
    person.handlesMedicine = m_handlesMedicine->isChecked();
    person.startDate = m_start->date() == kNoDate ? QDate() : m_start->date();
    return person;
}

void PeoplePage::updateFormState() {
    if (m_filling) return;
    updateButtons(hasUnsavedChanges());
    // A retired person stays retired; the button is for the active ones.
    if (workspace())
        gateControl(m_retire, workspace()->may(services::AccessAction::ManagePeople, botilbud()),
                    m_shown.id.isValid() && m_shown.active);
    updateAccount();
}

void PeoplePage::updateAccount() {
    m_account->clear();
    const bool stored = workspace() && m_shown.id.isValid();
    std::optional<domain::Account> account;
    if (stored) {
        if (auto found = workspace()->accounts().accountOf(m_shown.id)) account = *found;
    }
    if (!stored) {
        m_account->setText(tr("Save the person first."));
    } else if (!account) {
        m_account->setText(tr("No account: cannot sign in."));
    } else if (account->lockedUntil.isValid() && account->lockedUntil > QDateTime::currentDateTimeUtc()) {
        m_account->setText(
            tr("%1 — locked until %2 after wrong passwords")
                .arg(account->login,
                     QLocale().toString(account->lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        m_account->setText(account->mustChangePassword
                               ? tr("%1 — must choose a new password").arg(account->login)
                               : account->login);
    }
    const auto may = workspace() ? workspace()->may(services::AccessAction::ManageAccounts, botilbud())
                                 : services::AccessPolicy::Decision{false, QString()};
    gateControl(m_createAccount, may, stored && !account && m_shown.active);
    gateControl(m_resetPassword, may, stored && account.has_value() && m_shown.active);
}

void PeoplePage::changeAccount(AccountDialog::Mode mode) {
    if (!workspace() || !m_shown.id.isValid()) return;
    AccountDialog dialog(workspace()->accounts(), m_shown, mode, this);
    if (dialog.exec() != QDialog::Accepted) return;
    updateAccount();
    emit saved();
}

bool PeoplePage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    const Person now = formPerson();
    if (!m_shown.id.isValid()) return !now.name.isEmpty() || !now.email.isEmpty();
    return !(now == m_shown);
}

std::optional<qint64> PeoplePage::writeForm() {
    const Person person = formPerson();
    const auto issues = domain::OrganisationValidator::validate(person);
    showIssues(issues, m_nameError, {"name", "email", "botilbudId"});
    showIssues(issues, m_dateError, {"endDate"});
    if (!issues.isEmpty()) return std::nullopt;
    auto saved = workspace()->organisation().savePerson(person);
    if (!saved) {
        dialogs().warning(this, tr("Organisation"),
                          tr("The person was not saved:\n%1").arg(saved.error().display()));
        return std::nullopt;
    }
    return saved->value;
}

void PeoplePage::discardChanges() {
    fillForm(m_shown);
}

void PeoplePage::fillNew() {
    Person fresh;
    fresh.roles = PersonRole::Staff;
    fresh.handlesMedicine = true;
    fresh.startDate = m_today;
    fillForm(fresh);
}

bool PeoplePage::deleteShown() {
    // Never deleted: PDSA cycles, events and the training log keep naming the person.
    if (!dialogs().question(this, tr("Retire"),
                            tr("%1 has left the botilbud's work? The name stays in the history (PDSA cycles, "
                               "events, training) but is no longer offered in the forms.")
                                .arg(m_shown.name)))
        return false;
    if (auto retired = workspace()->organisation().retirePerson(m_shown.id, m_today); !retired) {
        dialogs().warning(this, tr("Organisation"),
                          tr("The person was not retired:\n%1").arg(retired.error().display()));
        return false;
    }
    return true;
}

void PeoplePage::updateCount() {
    const int active = static_cast<int>(
        std::count_if(m_people.cbegin(), m_people.cend(), [](const Person& p) { return p.active; }));
    m_count->setText(tr("%n person(s)", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ") +
                     tr("%n active", nullptr, active) + QStringLiteral(" · ") +
                     tr("working group: %n besides tovholder and leader", nullptr,
                        services::WorkingGroupCheck::members(m_people)));
}

} // namespace medsafe::app
