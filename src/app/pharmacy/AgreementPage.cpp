#include "app/pharmacy/AgreementPage.h"

#include "app/DialogService.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RecordRows.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "domain/pharmacy/PharmacyValidator.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medsafe::app {

using domain::PharmacyAgreement;

AgreementPage::AgreementPage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::EditPharmacyWork, parent),
      m_model(new QStandardItemModel(this)), m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("agreementPage"));
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("agreementSearchLineEdit"));
    search->setPlaceholderText(tr("Search agreements"));
    search->setClearButtonEnabled(true);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("agreementTable"));
    m_table = table;
    PharmacyForms::setUpTable(table);
    m_countLabel = new QLabel(this);
    auto* newButton = PharmacyForms::button(tr("New agreement"), this, QStringLiteral("newAgreementButton"));
    auto* deleteButton = PharmacyForms::button(tr("Delete"), this, QStringLiteral("deleteAgreementButton"));
    auto* saveButton = PharmacyForms::button(tr("Save"), this, QStringLiteral("saveAgreementButton"));
    auto* revertButton =
        PharmacyForms::button(tr("Undo changes"), this, QStringLiteral("revertAgreementButton"));

    m_form = new QGroupBox(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("pharmacyNameLineEdit"));
    m_contact = new QLineEdit(m_form);
    m_contact->setObjectName(QStringLiteral("contactPersonLineEdit"));
    m_details = new QLineEdit(m_form);
    m_details->setObjectName(QStringLiteral("contactDetailsLineEdit"));
    m_details->setPlaceholderText(tr("Phone or e-mail"));
    m_teaching = new QCheckBox(tr("Teaching of the staff"), m_form);
    m_teaching->setObjectName(QStringLiteral("teachingCheckBox"));
    m_qualityAssurance = new QCheckBox(tr("Quality assurance of medication handling"), m_form);
    m_qualityAssurance->setObjectName(QStringLiteral("qualityAssuranceCheckBox"));
    m_visits = new QSpinBox(m_form);
    m_visits->setObjectName(QStringLiteral("visitsPerYearSpinBox"));
    m_visits->setRange(0, domain::PharmacyValidator::kMaxVisitsPerYear);
    m_sessions = new QSpinBox(m_form);
    m_sessions->setObjectName(QStringLiteral("teachingPerYearSpinBox"));
    m_sessions->setRange(0, domain::PharmacyValidator::kMaxVisitsPerYear);
    m_starts = PharmacyForms::dateEdit(m_form, QStringLiteral("startsOnDateEdit"));
    m_hasEnd = new QCheckBox(tr("Ends"), m_form);
    m_hasEnd->setObjectName(QStringLiteral("endsCheckBox"));
    m_ends = PharmacyForms::dateEdit(m_form, QStringLiteral("endsOnDateEdit"));
    m_note = new QLineEdit(m_form);
    m_note->setObjectName(QStringLiteral("agreementNoteLineEdit"));
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("agreementProblemLabel"));

    auto* form = new QFormLayout(m_form);
    form->addRow(tr("Pharmacy"), m_name);
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("Contact"), m_details);
    form->addRow(tr("Agreed"), m_teaching);
    form->addRow(QString(), m_qualityAssurance);
    form->addRow(tr("Quality-assurance visits a year"), m_visits);
    form->addRow(tr("Teaching sessions a year"), m_sessions);
    form->addRow(tr("From"), m_starts);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_ends, 1);
    form->addRow(tr("To"), endRow);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    form->addRow(buttons);

    auto* listSide = new QVBoxLayout;
    listSide->addWidget(search);
    listSide->addWidget(table, 1);
    listSide->addLayout(PharmacyForms::countAndButtons(m_countLabel, {deleteButton, newButton}));
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(listSide, 2);
    layout->addWidget(m_form, 3);

    m_proxy->setSourceModel(m_model);
    setUpList({search, table, newButton, deleteButton, saveButton, revertButton, m_name}, m_proxy);
    table->sortByColumn(1, Qt::DescendingOrder); // the newest agreement first

    auto changed = [this] { updateFormState(); };
    for (QLineEdit* edit : {m_name, m_contact, m_details, m_note})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QCheckBox* box : {m_teaching, m_qualityAssurance, m_hasEnd})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QSpinBox* spin : {m_visits, m_sessions})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QDateEdit* edit : {m_starts, m_ends})
        connect(edit, &QDateEdit::dateChanged, this, changed);
}

bool AgreementPage::readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) {
    auto agreements = workspace.pharmacy().agreements(botilbud);
    if (!agreements) {
        dialogs().warning(
            this, tr("Agreement"),
            tr("The pharmacy agreements could not be read: %1").arg(agreements.error().display()));
        return false;
    }
    m_agreements = *agreements;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Pharmacy"), tr("From"), tr("To"), tr("Visits a year")});
    for (const PharmacyAgreement& a : m_agreements) {
        auto* visits = new QStandardItem(QString::number(a.visitsPerYear));
        visits->setData(a.visitsPerYear, RowFilterProxy::SortRole);
        m_model->appendRow({PharmacyForms::textItem(a.pharmacyName), PharmacyForms::dateItem(a.startsOn),
                            PharmacyForms::dateItem(a.endsOn), visits});
    }
    m_table->resizeColumnsToContents();
    return true;
}

int AgreementPage::initialRow() const {
    return m_agreements.isEmpty() ? -1 : 0; // the newest
}

void AgreementPage::fillBlank() {
    fillNew();
}

void AgreementPage::fillRow(int sourceRow) {
    if (sourceRow >= 0 && sourceRow < m_agreements.size()) fillForm(m_agreements.at(sourceRow));
}

qint64 AgreementPage::idAt(int sourceRow) const {
    return idAtRow(m_agreements, sourceRow);
}

int AgreementPage::rowOfId(qint64 id) const {
    return rowOfIdIn(m_agreements, id);
}

void AgreementPage::fillNew() {
    PharmacyAgreement fresh;
    fresh.botilbudId = botilbud();
    fresh.teaching = true;
    fresh.qualityAssurance = true;
    fresh.visitsPerYear = 2;
    fresh.teachingPerYear = 1;
    fresh.startsOn = m_today;
    fillForm(fresh);
}

void AgreementPage::fillForm(const PharmacyAgreement& a) {
    m_filling = true;
    m_shown = a;
    m_form->setTitle(a.id.isValid() ? a.pharmacyName : tr("New agreement"));
    m_name->setText(a.pharmacyName);
    m_contact->setText(a.contactPerson);
    m_details->setText(a.contactDetails);
    m_teaching->setChecked(a.teaching);
    m_qualityAssurance->setChecked(a.qualityAssurance);
    m_visits->setValue(a.visitsPerYear);
    m_sessions->setValue(a.teachingPerYear);
    m_starts->setDate(a.startsOn.isValid() ? a.startsOn : m_today);
    m_hasEnd->setChecked(a.endsOn.isValid());
    m_ends->setDate(a.endsOn.isValid() ? a.endsOn : m_today.addYears(2));
    m_note->setText(a.note);
    m_note->setCursorPosition(0); // the start of a long note
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

PharmacyAgreement AgreementPage::formAgreement() const {
    PharmacyAgreement a = m_shown;
    a.botilbudId = botilbud();
    a.pharmacyName = m_name->text().trimmed();
    a.contactPerson = m_contact->text().trimmed();
    a.contactDetails = m_details->text().trimmed();
    a.teaching = m_teaching->isChecked();
    a.qualityAssurance = m_qualityAssurance->isChecked();
    a.visitsPerYear = m_visits->value();
    a.teachingPerYear = m_sessions->value();
    a.startsOn = m_starts->date();
    a.endsOn = m_hasEnd->isChecked() ? m_ends->date() : QDate();
    a.note = m_note->text().trimmed();
    return a;
}

void AgreementPage::updateFormState() {
    if (m_filling) return;
    m_ends->setEnabled(m_hasEnd->isChecked());
    updateButtons(hasUnsavedChanges());
}

bool AgreementPage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    const PharmacyAgreement now = formAgreement();
    if (!m_shown.id.isValid()) return !now.pharmacyName.isEmpty() || !now.contactPerson.isEmpty();
    return !(now == m_shown);
}

void AgreementPage::discardChanges() {
    fillForm(m_shown);
}

std::optional<qint64> AgreementPage::writeForm() {
    const PharmacyAgreement agreement = formAgreement();
    const auto issues = services::PharmacyService::check(agreement);
    showIssues(
        issues, m_problem,
        {"pharmacyName", "startsOn", "endsOn", "teaching", "visitsPerYear", "teachingPerYear", "note"});
    if (!issues.isEmpty()) return std::nullopt;
    auto saved = workspace()->pharmacy().saveAgreement(agreement);
    if (!saved) {
        dialogs().warning(this, tr("Agreement"),
                          tr("The agreement was not saved:\n%1").arg(saved.error().display()));
        return std::nullopt;
    }
    return saved->value;
}

bool AgreementPage::deleteShown() {
    if (!dialogs().question(
            this, tr("Delete agreement"),
            tr("Delete the agreement with %1? Visits and courses keep their dates but lose the "
               "link to it.")
                .arg(m_shown.pharmacyName)))
        return false;
    if (auto removed = workspace()->pharmacy().removeAgreement(m_shown); !removed) {
        dialogs().warning(this, tr("Agreement"),
                          tr("The agreement was not deleted:\n%1").arg(removed.error().display()));
        return false;
    }
    m_shown = {};
    return true;
}

QString AgreementPage::unsavedQuestion() const {
    return tr("The agreement has changes that are not saved. Save them now?");
}

void AgreementPage::updateCount() {
    m_countLabel->setText(tr("%n agreement(s)", nullptr, m_proxy->rowCount()));
}

void AgreementPage::applySearch(const QString& text) {
    m_proxy->setSearch(text);
}

} // namespace medsafe::app
