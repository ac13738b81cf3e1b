#include "app/pharmacy/FindingsPage.h"

#include "app/IssueLabel.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "domain/pharmacy/PharmacyLabels.h"
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
#include <QStandardItemModel>
#include <QTableView>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
const QColor kOverdue(0x9b, 0x1c, 0x1c);
}

FindingsPage::FindingsPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs), m_model(new QStandardItemModel(this)),
      m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("findingsPage"));
    m_showClosed = new QCheckBox(tr("Show closed findings"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosedCheckBox"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("findingsCountLabel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingTable"));
    PharmacyForms::setUpTable(m_table);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRowFilter([this](int row) {
        return m_showClosed->isChecked() || m_rows.at(row).finding.status != FindingStatus::Closed;
    });
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder); // the nearest deadline first

    m_form = new QGroupBox(this);
    m_itemLabel = new QLabel(m_form);
    m_itemLabel->setObjectName(QStringLiteral("findingItemLabel"));
    m_itemLabel->setWordWrap(true);
    m_severity = new QComboBox(m_form);
    m_severity->setObjectName(QStringLiteral("severityComboBox"));
    for (FindingSeverity s : allValues<FindingSeverity>())
        m_severity->addItem(PharmacyLabels::label(s), static_cast<int>(s));
    m_action = new QLineEdit(m_form);
    m_action->setObjectName(QStringLiteral("actionLineEdit"));
    m_action->setPlaceholderText(tr("What the botilbud does about it"));
    m_responsible = new QComboBox(m_form);
    m_responsible->setObjectName(QStringLiteral("responsibleComboBox"));
    m_due = PharmacyForms::dateEdit(m_form, QStringLiteral("dueDateEdit"));
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (FindingStatus s : allValues<FindingStatus>())
        m_status->addItem(PharmacyLabels::label(s), static_cast<int>(s));
    m_closed = PharmacyForms::dateEdit(m_form, QStringLiteral("closedOnDateEdit"));
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("findingProblemLabel"));
    m_save = PharmacyForms::button(tr("Save"), m_form, QStringLiteral("saveFindingButton"));
    m_revert = PharmacyForms::button(tr("Undo changes"), m_form, QStringLiteral("revertFindingButton"));
    m_driver = new QComboBox(m_form);
    m_driver->setObjectName(QStringLiteral("ideaDriverComboBox"));
    m_makeIdea =
        PharmacyForms::button(tr("Make a change idea"), m_form, QStringLiteral("makeChangeIdeaButton"));
    m_makeIdea->setToolTip(
        tr("Take the finding into the driver diagram as a change idea, to test in PDSA cycles."));
    m_ideaLabel = new QLabel(m_form);
    m_ideaLabel->setObjectName(QStringLiteral("changeIdeaLabel"));
    m_ideaLabel->setWordWrap(true);

    auto* form = new QFormLayout(m_form);
    form->addRow(m_itemLabel);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Deadline"), m_due);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Completed"), m_closed);
    form->addRow(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    auto* ideaRow = new QHBoxLayout;
    ideaRow->addWidget(m_driver, 1);
    ideaRow->addWidget(m_makeIdea);
    form->addRow(tr("Driver"), ideaRow);
    form->addRow(m_ideaLabel);

    auto* top = new QHBoxLayout;
    top->addWidget(m_countLabel, 1);
    top->addWidget(m_showClosed);
    PharmacyForms::listBesideForm(this, top, m_table, nullptr, m_form, 3, 2);

    connect(m_showClosed, &QCheckBox::toggled, this, [this] {
        m_proxy->refilter();
        fillTable();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int index = currentIndex();
        if (m_filling || index < 0 || index == m_shown) return;
        if (!settle()) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_shown, 0)));
            return;
        }
        showFinding(index);
    });
    auto changed = [this] { updateFormState(); };
    connect(m_severity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QLineEdit::textChanged, this, changed);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, changed);
    connect(m_due, &QDateEdit::dateChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Closing dates the completion today unless another day is chosen.
        if (!m_filling && formFinding().status == FindingStatus::Closed && !m_closed->isEnabled())
            m_closed->setDate(m_today);
        updateFormState();
    });
    connect(m_closed, &QDateEdit::dateChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revert, &QPushButton::clicked, this, &FindingsPage::discardChanges);
    connect(m_makeIdea, &QPushButton::clicked, this, &FindingsPage::makeChangeIdea);
}

void FindingsPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto rows = workspace.qaVisits().findings(botilbud);
    auto people = workspace.organisation().people(botilbud);
    auto drivers = workspace.improvement().drivers(botilbud);
    auto ideas = workspace.improvement().changeIdeas(botilbud);
    if (!rows || !people || !drivers || !ideas) {
        const Error& error = !rows      ? rows.error()
                             : !people  ? people.error()
                             : !drivers ? drivers.error()
                                        : ideas.error();
        m_dialogs.warning(this, tr("Findings"),
                          tr("The findings could not be read: %1").arg(error.display()));
        return;
    }
    // Newest visit first; within it the checklist's order.
    m_rows.clear();
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        m_rows << *it;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const services::FindingRow& a, const services::FindingRow& b) {
                         return a.visitDate > b.visitDate;
                     });
    m_people = *people;
    m_drivers = *drivers;
    m_ideas = *ideas;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_responsible->clear();
        m_responsible->addItem(tr("(nobody yet)"), 0);
        for (const Person& p : m_people)
            if (p.active) m_responsible->addItem(p.name, p.id.value);
        m_driver->clear();
        m_driver->addItem(tr("(not placed yet)"), 0);
        for (const Driver& d : m_drivers)
            m_driver->addItem(d.text, d.id.value);
    }
    m_shown = -1;
    fillTable();
}

void FindingsPage::fillTable() {
    const QScopedValueRollback filling(m_filling, true);
    const qint64 keep = m_shown >= 0 && m_shown < m_rows.size() ? m_rows.at(m_shown).finding.id.value : 0;
    m_model->clear();
    // The deadline and how far the action is come first: that is what the list is read for.
    m_model->setHorizontalHeaderLabels({tr("Deadline"), tr("Status"), tr("Severity"), tr("Item"),
                                        tr("Action"), tr("Responsible"), tr("Visit"), tr("Change idea")});
    QHash<qint64, QString> names;
    for (const Person& p : m_people)
        names.insert(p.id.value, p.name);
    for (const services::FindingRow& row : std::as_const(m_rows)) {
        const QaFinding& f = row.finding;
        const QString area = PharmacyLabels::label(row.item.area);
        QList<QStandardItem*> items{
            PharmacyForms::dateItem(f.dueDate),
            PharmacyForms::textItem(PharmacyLabels::label(f.status)),
            PharmacyForms::textItem(PharmacyLabels::label(f.severity)),
            PharmacyForms::textItem(row.item.text, area + QStringLiteral(": ") + row.item.text),
            PharmacyForms::textItem(f.action),
            PharmacyForms::textItem(f.responsible ? names.value(f.responsible->value) : QString()),
            PharmacyForms::dateItem(row.visitDate),
            PharmacyForms::textItem(f.changeIdeaId ? tr("Yes") : QString())};
        items[2]->setData(static_cast<int>(f.severity), RowFilterProxy::SortRole);
        if (f.isOverdue(m_today)) {
            for (QStandardItem* item : items)
                item->setForeground(kOverdue);
            items[0]->setToolTip(tr("Past the deadline"));
            items[0]->setText(items[0]->text() + QStringLiteral(" ⚠"));
        }
        m_model->appendRow(items);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), 220));
    m_table->setColumnWidth(4, std::min(m_table->columnWidth(4), 200));
    const int open = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const services::FindingRow& r) {
        return r.finding.status != FindingStatus::Closed;
    }));
    m_countLabel->setText(tr("%n open finding(s)", nullptr, open) + QStringLiteral(" · ") +
                          tr("%n past the deadline", nullptr, overdueCount()));
    int index = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).finding.id.value == keep) index = i;
    if (index < 0 || !m_proxy->mapFromSource(m_model->index(index, 0)).isValid())
        index = m_proxy->rowCount() > 0 ? m_proxy->mapToSource(m_proxy->index(0, 0)).row() : -1;
    if (index >= 0) m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(index, 0)));
    m_filling = false;
    showFinding(index);
}

int FindingsPage::overdueCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const services::FindingRow& r) { return r.finding.isOverdue(m_today); }));
}

int FindingsPage::currentIndex() const {
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void FindingsPage::showFinding(int index) {
    const QScopedValueRollback filling(m_filling, true);
    m_shown = index;
    const bool has = index >= 0 && index < m_rows.size();
    m_form->setEnabled(has);
    if (!has) {
        m_form->setTitle(tr("No finding chosen"));
        m_itemLabel->setText(m_rows.isEmpty()
                                 ? tr("No findings yet. Items answered \"not compliant\" at a visit "
                                      "become findings here.")
                                 : QString());
        m_ideaLabel->clear();
        m_problem->hide();
        return;
    }
    const services::FindingRow& row = m_rows.at(index);
    const QaFinding& f = row.finding;
    m_form->setTitle(tr("Finding from the visit on %1").arg(PharmacyForms::shortDate(row.visitDate)));
    m_itemLabel->setText(
        QStringLiteral("<b>%1</b>: %2")
            .arg(PharmacyLabels::label(row.item.area).toHtmlEscaped(), row.item.text.toHtmlEscaped()));
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(f.severity)));
    m_action->setText(f.action);
    m_responsible->setCurrentIndex(
        std::max(0, m_responsible->findData(f.responsible ? f.responsible->value : 0)));
    m_due->setDate(f.dueDate.isValid() ? f.dueDate
                                       : row.visitDate.addDays(services::QaVisitService::kDefaultDueDays));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(f.status)));
    m_closed->setDate(f.closedOn.isValid() ? f.closedOn : m_today);
    QString idea;
    if (f.changeIdeaId) {
        for (const ChangeIdea& i : m_ideas)
            if (i.id == *f.changeIdeaId) idea = i.title;
        m_ideaLabel->setText(tr("Taken into the driver diagram as the change idea \"%1\".").arg(idea));
    } else {
        m_ideaLabel->clear();
    }
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

QaFinding FindingsPage::formFinding() const {
    if (m_shown < 0 || m_shown >= m_rows.size()) return {};
    QaFinding f = m_rows.at(m_shown).finding;
    f.severity = static_cast<FindingSeverity>(m_severity->currentData().toInt());
    f.action = m_action->text().trimmed();
    const qint64 person = m_responsible->currentData().toLongLong();
    f.responsible = person > 0 ? std::optional<PersonId>(PersonId{person}) : std::nullopt;
    f.dueDate = m_due->date();
    f.status = static_cast<FindingStatus>(m_status->currentData().toInt());
    f.closedOn = f.status == FindingStatus::Closed ? m_closed->date() : QDate();
    return f;
}

void FindingsPage::updateFormState() {
    if (m_filling) return;
    const QaFinding f = formFinding();
    m_closed->setEnabled(f.status == FindingStatus::Closed);
    const bool dirty = hasUnsavedChanges();
    m_revert->setEnabled(dirty);
    if (!m_workspace) return;
    const auto may = m_workspace->may(services::AccessAction::EditPharmacyWork, m_botilbud);
    gateControl(m_save, may, dirty);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_severity, m_action, m_responsible, m_due, m_status})
        field->setEnabled(may.allowed);
    const bool linked = m_shown >= 0 && m_rows.at(m_shown).finding.changeIdeaId.has_value();
    gateControl(m_makeIdea, m_workspace->may(services::AccessAction::EditImprovement, m_botilbud),
                m_shown >= 0 && !linked);
    m_driver->setEnabled(m_makeIdea->isEnabled());
}

bool FindingsPage::hasUnsavedChanges() const {
    if (m_shown < 0 || m_shown >= m_rows.size()) return false;
    return !(formFinding() == m_rows.at(m_shown).finding);
}

bool FindingsPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    const QaFinding f = formFinding();
    const auto issues = services::QaVisitService::check(f, m_rows.at(m_shown).visitDate, m_today);
    if (!issues.isEmpty()) {
        showIssueMessages(m_problem, issues);
        return false;
    }
    if (auto saved = m_workspace->qaVisits().saveFinding(m_botilbud, f, m_today); !saved) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The finding was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    load(*m_workspace, m_botilbud);
    // A closed finding leaves the list of open ones; the next one is shown instead.
    if (f.status != FindingStatus::Closed || m_showClosed->isChecked()) selectFinding(f.id);
    emit saved();
    return true;
}

void FindingsPage::discardChanges() {
    showFinding(m_shown);
}

bool FindingsPage::settle() {
    return m_dialogs.settle(this, *this, tr("Unsaved changes"), tr("The finding has changes that are not saved. Save them now?"));
}

bool FindingsPage::selectFinding(QaFindingId id) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).finding.id != id) continue;
        if (m_rows.at(i).finding.status == FindingStatus::Closed && !m_showClosed->isChecked())
            m_showClosed->setChecked(true);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(i, 0));
        {
            const QScopedValueRollback filling(m_filling, true);
            m_table->setCurrentIndex(index);
        }
        showFinding(i);
        return true;
    }
    return false;
}

bool FindingsPage::makeChangeIdea() {
    if (!m_workspace || m_shown < 0 || !settle()) return false;
    const QaFindingId id = m_rows.at(m_shown).finding.id;
    const qint64 driver = m_driver->currentData().toLongLong();
    auto made = m_workspace->qaVisits().makeChangeIdea(
        m_botilbud, id, driver > 0 ? std::optional<DriverId>(DriverId{driver}) : std::nullopt);
    if (!made) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The change idea was not made:\n%1").arg(made.error().display()));
        return false;
    }
    load(*m_workspace, m_botilbud);
    selectFinding(id);
    emit saved();
    m_dialogs.information(
        this, tr("Change idea"),
        tr("The finding is now a change idea in the driver diagram (Improvement). Test it in a PDSA "
           "cycle from there."));
    return true;
}

} // namespace medsafe::app
