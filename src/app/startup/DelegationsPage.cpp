#include "app/startup/DelegationsPage.h"

#include "app/IssueLabel.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "app/startup/OptionalDateEdit.h"
#include "domain/startup/StartupLabels.h"
#include "services/workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <limits>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
const QColor kExpired(0x9b, 0x1c, 0x1c);
const QColor kSoon(0xa8, 0x55, 0x00);
} // namespace

DelegationsPage::DelegationsPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs), m_model(new QStandardItemModel(this)),
      m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("delegationsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("delegationSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the delegations"));
    m_search->setClearButtonEnabled(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("delegationCountLabel"));
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(QStringLiteral("staffWithoutDelegationLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_new = PharmacyForms::button(tr("New delegation"), this, QStringLiteral("newDelegationButton"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("delegationTable"));
    PharmacyForms::setUpTable(m_table);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);

    m_form = new QGroupBox(this);
    m_person = new QComboBox(m_form);
    m_person->setObjectName(QStringLiteral("delegationPersonComboBox"));
    m_right = new QComboBox(m_form);
    m_right->setObjectName(QStringLiteral("delegatedRightComboBox"));
    m_right->setEditable(true);
    m_right->setInsertPolicy(QComboBox::NoInsert);
    m_right->addItems(StartupLabels::commonDelegatedRights());
    m_doctor = new QLineEdit(m_form);
    m_doctor->setObjectName(QStringLiteral("doctorLineEdit"));
    m_doctor->setPlaceholderText(tr("e.g. the botilbud's doctor, clinic"));
    m_from = PharmacyForms::dateEdit(m_form, QStringLiteral("validFromDateEdit"));
    m_to = new OptionalDateEdit(tr("Ends"), QStringLiteral("validTo"), m_form);
    m_to->checkBox()->setToolTip(tr("Clear: valid until further notice"));
    m_note = new QLineEdit(m_form);
    m_note->setObjectName(QStringLiteral("delegationNoteLineEdit"));
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("delegationProblemLabel"));
    m_save = PharmacyForms::button(tr("Save"), m_form, QStringLiteral("saveDelegationButton"));
    m_revert = PharmacyForms::button(tr("Undo changes"), m_form, QStringLiteral("revertDelegationButton"));
    m_remove = PharmacyForms::button(tr("Remove"), m_form, QStringLiteral("removeDelegationButton"));

    auto* form = new QFormLayout(m_form);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Staff member *"), m_person);
    form->addRow(tr("Delegated right *"), m_right);
    form->addRow(tr("From doctor *"), m_doctor);
    form->addRow(tr("Valid from *"), m_from);
    form->addRow(tr("Valid to"), m_to);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    form->addRow(buttons);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    auto* bottom = new QVBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addWidget(m_missingLabel);
    PharmacyForms::listBesideForm(this, top, m_table, bottom, m_form, 3, 2);
    // The list is read more than the form: it gets the larger share of a 1366-pixel screen.
    if (auto* splitter = findChild<QSplitter*>()) splitter->setSizes({640, 400});
    m_table->sortByColumn(3, Qt::AscendingOrder); // the delegations ending first come first

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RowFilterProxy::setSearch);
    connect(m_new, &QPushButton::clicked, this, &DelegationsPage::newItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int index = currentIndex();
        if (m_filling || index < 0) return;
        if (m_hasShown && m_shownDelegation.id == m_rows.at(index).id) return;
        if (!settle()) return;
        show(index);
    });
    auto changed = [this] { updateFormState(); };
    connect(m_person, &QComboBox::currentIndexChanged, this, changed);
    connect(m_right, &QComboBox::currentTextChanged, this, changed);
    connect(m_doctor, &QLineEdit::textChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &OptionalDateEdit::changed, this, changed);
    connect(m_note, &QLineEdit::textChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revert, &QPushButton::clicked, this, &DelegationsPage::discardChanges);
    connect(m_remove, &QPushButton::clicked, this, &DelegationsPage::removeShown);
}

void DelegationsPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    const services::DelegationService service = workspace.delegations();
    auto rows = service.delegations(botilbud);
    auto people = workspace.organisation().people(botilbud);
    auto missing = service.staffWithoutDelegation(botilbud, m_today);
    if (!rows || !people || !missing) {
        const Error& error = !rows ? rows.error() : !people ? people.error() : missing.error();
        m_dialogs.warning(this, tr("Delegations"),
                          tr("The delegations could not be read: %1").arg(error.display()));
        return;
    }
    // Newest first: the register is read for what holds now.
    m_rows.clear();
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        m_rows << *it;
    m_people = *people;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_person->clear();
        m_person->addItem(tr("(choose)"), 0);
        for (const Person& p : m_people)
            if (p.active) m_person->addItem(p.name, p.id.value);
    }
    QStringList names;
    for (const Person& p : *missing)
        names << p.name;
    m_missingLabel->setText(names.isEmpty() ? QString()
                                            : QStringLiteral("⚠ ") +
                                                  tr("Handle medicine without a current delegation: %1")
                                                      .arg(QLocale().createSeparatedList(names)));
    m_missingLabel->setVisible(!names.isEmpty());
    const DelegationId keep = m_hasShown ? m_shownDelegation.id : DelegationId{};
    m_hasShown = false;
    fillTable();
    if (!keep.isValid() || !selectDelegation(keep)) {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        else
            newItem();
    }
}

QString DelegationsPage::statusText(const Delegation& d) const {
    if (d.isExpired(m_today)) return QStringLiteral("⚠ ") + tr("expired");
    if (d.validFrom.isValid() && d.validFrom > m_today) return tr("not started");
    if (d.expiresWithin(m_today))
        return QStringLiteral("⚠ ") + tr("ends in %n day(s)", nullptr, int(m_today.daysTo(d.validTo)));
    return tr("current");
}

void DelegationsPage::fillTable() {
    const QScopedValueRollback filling(m_filling, true);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Staff member"), tr("Delegated right"), tr("Status"), tr("Valid"), tr("Doctor")});
    QHash<qint64, QString> names;
    for (const Person& p : m_people)
        names.insert(p.id.value, p.name);
    int soon = 0;
    int expired = 0;
    for (const Delegation& d : std::as_const(m_rows)) {
        // Compact dates, so the period fits beside the names on a 1366-pixel screen.
        const auto compact = [](const QDate& date) {
            return QLocale().toString(date, QStringLiteral("d.M.yy"));
        };
        const QString period = d.validTo.isValid()
                                   ? tr("%1 – %2").arg(compact(d.validFrom), compact(d.validTo))
                                   : tr("from %1").arg(compact(d.validFrom));
        auto* valid = PharmacyForms::textItem(period);
        // Sorted by the end: the ones running out first come first.
        valid->setData(d.validTo.isValid() ? d.validTo.toJulianDay() : std::numeric_limits<int>::max(),
                       RowFilterProxy::SortRole);
        QString hover = d.doctor;
        if (!d.note.isEmpty()) hover += u'\n' + d.note;
        QList<QStandardItem*> items{
            PharmacyForms::textItem(names.value(d.personId.value)), PharmacyForms::textItem(d.delegatedRight),
            PharmacyForms::textItem(statusText(d)), valid, PharmacyForms::textItem(d.doctor, hover)};
        const QColor* colour = nullptr;
        if (d.isExpired(m_today)) {
            colour = &kExpired;
            ++expired;
        } else if (d.expiresWithin(m_today)) {
            colour = &kSoon;
            ++soon;
        }
        if (colour)
            for (QStandardItem* item : items)
                item->setForeground(*colour);
        m_model->appendRow(items);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->columnCount() - 1, QHeaderView::Stretch);
    m_countLabel->setText(tr("%n delegation(s)", nullptr, int(m_rows.size())) + QStringLiteral(" · ") +
                          tr("%n end(s) within 30 days", nullptr, soon) + QStringLiteral(" · ") +
                          tr("%n expired", nullptr, expired));
}

int DelegationsPage::currentIndex() const {
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void DelegationsPage::newItem() {
    if (m_workspace && !settle()) return;
    Delegation d;
    d.botilbudId = m_botilbud;
    d.validFrom = m_today;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_shownDelegation = d;
    m_hasShown = true;
    show(-1);
    m_person->setFocus();
}

void DelegationsPage::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void DelegationsPage::show(int index) {
    const QScopedValueRollback filling(m_filling, true);
    if (index >= 0 && index < m_rows.size()) {
        m_shownDelegation = m_rows.at(index);
        m_hasShown = true;
    }
    const Delegation& d = m_shownDelegation;
    m_form->setTitle(d.id.isValid() ? tr("Delegation") : tr("New delegation"));
    m_person->setCurrentIndex(std::max(0, m_person->findData(d.personId.value)));
    m_right->setCurrentText(d.delegatedRight);
    m_doctor->setText(d.doctor);
    m_from->setDate(d.validFrom.isValid() ? d.validFrom : m_today);
    m_to->setDate(d.validTo, m_today.addYears(1));
    m_note->setText(d.note);
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

Delegation DelegationsPage::formDelegation() const {
    Delegation d = m_shownDelegation;
    d.personId = PersonId{m_person->currentData().toLongLong()};
    d.delegatedRight = m_right->currentText().trimmed();
    d.doctor = m_doctor->text().trimmed();
    d.validFrom = m_from->date();
    d.validTo = m_to->date();
    d.note = m_note->text().trimmed();
    return d;
}

void DelegationsPage::updateFormState() {
    if (m_filling) return;
    const bool dirty = hasUnsavedChanges();
    m_revert->setEnabled(dirty);
    if (!m_workspace) return;
    const auto may = m_workspace->may(services::AccessAction::EditStartupWork, m_botilbud);
    gateControl(m_save, may, dirty || !m_shownDelegation.id.isValid());
    gateControl(m_new, may);
    gateControl(m_remove, may, m_shownDelegation.id.isValid());
    for (QWidget* field : std::initializer_list<QWidget*>{m_person, m_right, m_doctor, m_from, m_to, m_note})
        field->setEnabled(may.allowed);
}

bool DelegationsPage::hasUnsavedChanges() const {
    if (!m_hasShown) return false;
    const Delegation d = formDelegation();
    if (!m_shownDelegation.id.isValid())
        return d.personId.isValid() || !d.delegatedRight.isEmpty() || !d.doctor.isEmpty();
    return !(d == m_shownDelegation);
}

bool DelegationsPage::saveChanges() {
    if (!m_workspace || !m_hasShown) return true;
    if (m_shownDelegation.id.isValid() && !hasUnsavedChanges()) return true;
    const Delegation d = formDelegation();
    const auto issues = services::DelegationService::check(d);
    if (!issues.isEmpty()) {
        showIssueMessages(m_problem, issues);
        return false;
    }
    auto saved = m_workspace->delegations().save(d);
    if (!saved) {
        m_dialogs.warning(this, tr("Delegations"),
                          tr("The delegation was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    m_shownDelegation.id = *saved;
    load(*m_workspace, m_botilbud);
    selectDelegation(*saved);
    emit this->saved();
    return true;
}

void DelegationsPage::discardChanges() {
    if (m_hasShown) show(-1);
}

bool DelegationsPage::settle() {
    return m_dialogs.settle(this, *this, tr("Unsaved changes"), tr("The delegation has changes that are not saved. Save them now?"));
}

bool DelegationsPage::selectDelegation(DelegationId id) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id) continue;
        {
            const QScopedValueRollback filling(m_filling, true);
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(i, 0)));
        }
        show(i);
        return true;
    }
    return false;
}

void DelegationsPage::removeShown() {
    if (!m_workspace || !m_shownDelegation.id.isValid()) return;
    if (!m_dialogs.question(
            this, tr("Remove delegation"),
            tr("Remove the delegation \"%1\"? An ended delegation can instead be kept with its "
               "end date, so the register shows it.")
                .arg(m_shownDelegation.delegatedRight)))
        return;
    if (auto removed = m_workspace->delegations().remove(m_shownDelegation); !removed) {
        m_dialogs.warning(this, tr("Delegations"),
                          tr("The delegation was not removed:\n%1").arg(removed.error().display()));
        return;
    }
    m_hasShown = false;
    load(*m_workspace, m_botilbud);
    emit saved();
}

} // namespace medsafe::app
