#include "app/pharmacy/VisitsPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/ChecklistEditorDialog.h"
#include "app/pharmacy/ChecklistGrid.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RecordRows.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "services/pharmacy/PharmacyFigures.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/workspace/Workspace.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

using namespace medsafe::domain;
using services::PharmacyFigures;

VisitsPage::VisitsPage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::EditPharmacyWork, parent),
      m_model(new QStandardItemModel(this)), m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("visitsPage"));
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("visitSearchLineEdit"));
    search->setPlaceholderText(tr("Search visits"));
    search->setClearButtonEnabled(true);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("visitTable"));
    PharmacyForms::setUpTable(table);
    m_countLabel = new QLabel(this);
    auto* newButton = PharmacyForms::button(tr("New visit"), this, QStringLiteral("newVisitButton"));
    auto* deleteButton = PharmacyForms::button(tr("Delete"), this, QStringLiteral("deleteVisitButton"));
    auto* saveButton = PharmacyForms::button(tr("Save visit"), this, QStringLiteral("saveVisitButton"));
    auto* revertButton = PharmacyForms::button(tr("Undo changes"), this, QStringLiteral("revertVisitButton"));
    m_checklistButton = PharmacyForms::button(tr("Checklist…"), this, QStringLiteral("editChecklistButton"));
    m_checklistButton->setToolTip(
        tr("Edit the botilbud's checklist. Visits already made keep the version they used."));

    m_form = new QGroupBox(this);
    m_date = PharmacyForms::dateEdit(m_form, QStringLiteral("visitDateEdit"));
    m_auditor = new QLineEdit(m_form);
    m_auditor->setObjectName(QStringLiteral("auditorLineEdit"));
    m_auditor->setPlaceholderText(tr("The pharmacist who did the audit"));
    m_summary = new QLineEdit(m_form);
    m_summary->setObjectName(QStringLiteral("visitSummaryLineEdit"));
    m_checklistLabel = new QLabel(m_form);
    m_checklistLabel->setObjectName(QStringLiteral("checklistVersionLabel"));
    m_compliance = new QLabel(m_form);
    m_compliance->setObjectName(QStringLiteral("complianceLabel"));
    m_grid = new ChecklistGrid(m_form);
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("visitProblemLabel"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("Date"), m_date);
    fields->addRow(tr("Auditor"), m_auditor);
    fields->addRow(tr("Summary"), m_summary);
    auto* checklistRow = new QHBoxLayout;
    checklistRow->addWidget(m_checklistLabel, 1);
    checklistRow->addWidget(m_checklistButton);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(fields);
    formLayout->addLayout(checklistRow);
    formLayout->addWidget(m_grid, 1);
    formLayout->addWidget(m_compliance);
    formLayout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    formLayout->addLayout(buttons);

    auto* top = new QVBoxLayout;
    top->addWidget(search);
    PharmacyForms::listBesideForm(this, top, table,
                                  PharmacyForms::countAndButtons(m_countLabel, {deleteButton, newButton}),
                                  m_form, 2, 5);

    m_proxy->setSourceModel(m_model);
    setUpList({search, table, newButton, deleteButton, saveButton, revertButton, m_date}, m_proxy);
    table->sortByColumn(0, Qt::DescendingOrder); // the newest visit first

    auto changed = [this] { updateFormState(); };
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_auditor, &QLineEdit::textChanged, this, changed);
    connect(m_summary, &QLineEdit::textChanged, this, changed);
    connect(m_grid, &ChecklistGrid::changed, this, changed);
    connect(m_checklistButton, &QPushButton::clicked, this, &VisitsPage::editChecklist);
}

bool VisitsPage::readRecords(services::Workspace& workspace, BotilbudId botilbud) {
    auto visits = workspace.qaVisits().visits(botilbud);
    auto checklists = workspace.pharmacy().checklists(botilbud);
    auto current = workspace.pharmacy().currentChecklist(botilbud);
    if (!visits || !checklists || !current) {
        const Error& error = !visits ? visits.error() : !checklists ? checklists.error() : current.error();
        dialogs().warning(this, tr("Quality assurance"),
                          tr("The pharmacy's visits could not be read: %1").arg(error.display()));
        return false;
    }
    m_visits = *visits;
    std::reverse(m_visits.begin(), m_visits.end()); // newest first
    m_checklists.clear();
    for (const QaChecklist& c : *checklists)
        m_checklists.insert(c.id.value, c);
    m_current = *current;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Complied"), tr("Findings")});
    for (const QaVisit& v : m_visits) {
        const auto count = PharmacyFigures::compliance(v, checklistOf(v));
        auto* failed = new QStandardItem(QString::number(count.notCompliant));
        failed->setData(count.notCompliant, RowFilterProxy::SortRole);
        QStandardItem* date = PharmacyForms::dateItem(v.visitDate);
        date->setToolTip(v.auditor);
        m_model->appendRow({date, PharmacyForms::shareItem(count.share()), failed});
    }
    return true;
}

QaChecklist VisitsPage::checklistOf(const QaVisit& visit) const {
    return visit.checklistId.isValid() ? m_checklists.value(visit.checklistId.value, m_current) : m_current;
}

int VisitsPage::initialRow() const {
    return m_visits.isEmpty() ? -1 : 0;
}

void VisitsPage::fillBlank() {
    fillNew();
}

void VisitsPage::fillRow(int sourceRow) {
    if (sourceRow >= 0 && sourceRow < m_visits.size()) fillForm(m_visits.at(sourceRow));
}

qint64 VisitsPage::idAt(int sourceRow) const {
    return idAtRow(m_visits, sourceRow);
}

int VisitsPage::rowOfId(qint64 id) const {
    return rowOfIdIn(m_visits, id);
}

void VisitsPage::fillNew() {
    // A visit answers items by id: the shipped checklist becomes the botilbud's version 1 the
    // first time someone who may record visits starts one.
    if (!m_current.id.isValid() && workspace() &&
        workspace()->may(services::AccessAction::EditPharmacyWork, botilbud()).allowed) {
        if (auto made = workspace()->pharmacy().currentChecklist(botilbud(), true); made) {
            m_current = *made;
            m_checklists.insert(made->id.value, *made);
        }
    }
    QaVisit fresh;
    fresh.botilbudId = botilbud();
    fresh.visitDate = m_today;
    fresh.checklistId = m_current.id;
    if (workspace()) {
        if (auto agreement = workspace()->pharmacy().agreementOn(botilbud(), m_today);
            agreement && *agreement) {
            fresh.agreementId = (*agreement)->id;
            fresh.auditor = (*agreement)->contactPerson;
        }
    }
    fillForm(fresh);
}

void VisitsPage::fillForm(const QaVisit& visit) {
    m_filling = true;
    m_shown = visit;
    m_form->setTitle(visit.id.isValid() ? tr("Visit on %1").arg(PharmacyForms::shortDate(visit.visitDate))
                                        : tr("New visit"));
    m_date->setDate(visit.visitDate.isValid() ? visit.visitDate : m_today);
    m_auditor->setText(visit.auditor);
    m_summary->setText(visit.summary);
    const QaChecklist checklist = checklistOf(visit);
    m_checklistLabel->setText(checklist.id.isValid() ? tr("Checklist version %1 of %2")
                                                           .arg(checklist.versionNumber)
                                                           .arg(PharmacyForms::shortDate(checklist.createdOn))
                                                     : tr("The checklist shipped with the app"));
    m_grid->show(checklist, visit.answers);
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

QaVisit VisitsPage::formVisit() const {
    QaVisit v = m_shown;
    v.botilbudId = botilbud();
    v.visitDate = m_date->date();
    v.auditor = m_auditor->text().trimmed();
    v.summary = m_summary->text().trimmed();
    v.answers = m_grid->answers();
    return v;
}

void VisitsPage::updateFormState() {
    if (m_filling) return;
    const QaVisit now = formVisit();
    const auto count = PharmacyFigures::compliance(now, checklistOf(now));
    m_compliance->setText(count.share()
                              ? tr("Complied with: %1 of %2 items that applied (%3) · %n not complied",
                                   nullptr, count.notCompliant)
                                    .arg(count.compliant)
                                    .arg(count.applicable())
                                    .arg(PharmacyForms::percent(*count.share()))
                              : tr("No items answered yet."));
    const bool may =
        workspace() && workspace()->may(services::AccessAction::EditPharmacyWork, botilbud()).allowed;
    m_grid->setEditable(may);
    if (workspace())
        gateControl(m_checklistButton,
                    workspace()->may(services::AccessAction::EditPharmacyWork, botilbud()));
    updateButtons(hasUnsavedChanges());
}

bool VisitsPage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    const QaVisit now = formVisit();
    if (!m_shown.id.isValid()) return !now.answers.isEmpty() || !now.summary.isEmpty();
    return !(now == m_shown);
}

void VisitsPage::discardChanges() {
    fillForm(m_shown);
}

std::optional<qint64> VisitsPage::writeForm() {
    const QaVisit visit = formVisit();
    const auto issues = services::QaVisitService::check(visit, checklistOf(visit), m_today);
    showIssues(issues, m_problem, {"visitDate", "auditor", "summary", "answers", "checklistId"});
    if (!issues.isEmpty()) return std::nullopt;
    const int before =
        int(std::count_if(m_shown.answers.cbegin(), m_shown.answers.cend(),
                          [](const QaAnswer& a) { return a.result == QaResult::NotCompliant; }));
    auto saved = workspace()->qaVisits().saveVisit(visit, m_today);
    if (!saved) {
        dialogs().warning(this, tr("Quality assurance"),
                          tr("The visit was not saved:\n%1").arg(saved.error().display()));
        return std::nullopt;
    }
    const int after = int(std::count_if(visit.answers.cbegin(), visit.answers.cend(), [](const QaAnswer& a) {
        return a.result == QaResult::NotCompliant;
    }));
    if (after > before)
        dialogs().information(
            this, tr("Quality assurance"),
            tr("The visit is saved. %n item(s) not complied with are now findings to follow up "
               "under \"Findings and follow-up\".",
               nullptr, after - before));
    return saved->value;
}

bool VisitsPage::deleteShown() {
    if (!dialogs().question(
            this, tr("Delete visit"),
            tr("Delete the visit on %1 with its answers and findings? Change ideas made from its "
               "findings stay.")
                .arg(PharmacyForms::shortDate(m_shown.visitDate))))
        return false;
    if (auto removed = workspace()->qaVisits().removeVisit(m_shown); !removed) {
        dialogs().warning(this, tr("Quality assurance"),
                          tr("The visit was not deleted:\n%1").arg(removed.error().display()));
        return false;
    }
    m_shown = {};
    return true;
}

QString VisitsPage::unsavedQuestion() const {
    return tr("The visit has changes that are not saved. Save them now?");
}

void VisitsPage::updateCount() {
    m_countLabel->setText(tr("%n visit(s)", nullptr, m_proxy->rowCount()));
}

void VisitsPage::applySearch(const QString& text) {
    m_proxy->setSearch(text);
}

void VisitsPage::editChecklist() {
    if (!workspace()) return;
    ChecklistEditorDialog editor(m_current.items, this);
    if (editor.exec() != QDialog::Accepted) return;
    saveChecklist(editor.items());
}

bool VisitsPage::saveChecklist(const QList<QaChecklistItem>& items) {
    auto saved = workspace()->pharmacy().saveChecklist(botilbud(), items, m_today);
    if (!saved) {
        dialogs().warning(this, tr("Checklist"),
                          tr("The checklist was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    load(*workspace(), botilbud());
    emit this->saved();
    return true;
}

} // namespace medsafe::app
