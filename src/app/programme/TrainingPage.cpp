#include "app/programme/TrainingPage.h"

#include "app/DialogService.h"
#include "app/programme/TrainingFilterModel.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/programme/TrainingRecordModel.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/programme/CompetenceService.h"
#include "services/workspace/Workspace.h"
#include "ui_TrainingPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>

namespace medsafe::app {

using models::TrainingRecordModel;

TrainingPage::TrainingPage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::EditCompetence, parent),
      m_ui(std::make_unique<Ui::TrainingPage>()), m_model(new TrainingRecordModel(this)),
      m_proxy(new TrainingFilterModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("trainingPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrainingRecordModel::SortRole);
    setUpList({m_ui->trainingSearchLineEdit, m_ui->trainingTable, m_ui->newTrainingButton,
               m_ui->deleteTrainingButton, m_ui->saveTrainingButton, m_ui->revertTrainingButton,
               m_ui->courseLineEdit},
              m_proxy);
    auto* table = m_ui->trainingTable;
    table->sortByColumn(TrainingRecordModel::DueColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(TrainingRecordModel::CourseColumn, QHeaderView::Stretch);

    m_ui->providerFilterComboBox->addItem(tr("All providers"), -1);
    for (const auto provider : domain::allValues<domain::TrainingProvider>()) {
        m_ui->providerFilterComboBox->addItem(domain::DomainLabels::label(provider),
                                              static_cast<int>(provider));
        m_ui->providerComboBox->addItem(domain::DomainLabels::label(provider), static_cast<int>(provider));
    }
    for (QDateEdit* edit : {m_ui->completedDateEdit, m_ui->refresherDateEdit})
        edit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    for (QLabel* label : {m_ui->courseErrorLabel, m_ui->completedErrorLabel, m_ui->refresherErrorLabel}) {
        label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        label->hide();
    }

    connect(m_ui->providerFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProvider(m_ui->providerFilterComboBox->currentData().toInt());
        updateCount();
    });
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOverdueOnly(on);
        updateCount();
    });
    auto changed = [this] { updateFormState(); };
    connect(m_ui->personComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->courseLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->topicComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->agreementComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->completedDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->refresherCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->refresherDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->noteLineEdit, &QLineEdit::textChanged, this, changed);
}

TrainingPage::~TrainingPage() = default;

bool TrainingPage::readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) {
    auto records = workspace.competence().training(botilbud);
    auto people = workspace.organisation().people(botilbud);
    if (!records || !people) {
        const Error& error = !records ? records.error() : people.error();
        logging::get("app")->error("training log could not be read: {}", error.message.toStdString());
        dialogs().warning(this, tr("Training"),
                          tr("The training log could not be read: %1").arg(error.display()));
        return false;
    }
    m_people = people.value();
    QHash<qint64, QString> names;
    m_ui->personComboBox->clear();
    for (const auto& person : m_people) {
        names.insert(person.id.value, person.name);
        if (person.active) m_ui->personComboBox->addItem(person.name, person.id.value);
    }
    m_model->setRecords(records.value(), names, m_today);

    // The topic a course trains and the pharmacy agreement it was given under (optional).
    auto topics = workspace.competence().topics(botilbud);
    auto agreements = workspace.pharmacy().agreements(botilbud);
    const QScopedValueRollback filling(m_filling, true);
    m_ui->topicComboBox->clear();
    m_ui->topicComboBox->addItem(tr("(no topic)"), 0);
    if (topics)
        for (const auto& topic : *topics) m_ui->topicComboBox->addItem(topic.name, topic.id.value);
    m_ui->agreementComboBox->clear();
    m_ui->agreementComboBox->addItem(tr("(none)"), 0);
    if (agreements)
        for (const auto& agreement : *agreements)
            m_ui->agreementComboBox->addItem(
                tr("%1 from %2").arg(agreement.pharmacyName, QLocale().toString(agreement.startsOn, QLocale::ShortFormat)),
                agreement.id.value);
    return true;
}

int TrainingPage::initialRow() const {
    // The first row as the list is sorted and filtered.
    return m_proxy->rowCount() > 0 ? m_proxy->mapToSource(m_proxy->index(0, 0)).row() : -1;
}

void TrainingPage::fillBlank() {
    fillForm(domain::TrainingRecord{});
}

void TrainingPage::fillRow(int sourceRow) {
    if (const auto* record = m_model->recordAt(sourceRow)) fillForm(*record);
}

qint64 TrainingPage::idAt(int sourceRow) const {
    const auto* record = m_model->recordAt(sourceRow);
    return record ? record->id.value : 0;
}

int TrainingPage::rowOfId(qint64 id) const {
    return m_model->rowOf(domain::TrainingRecordId{id});
}

QString TrainingPage::unsavedQuestion() const {
    return tr("The course has changes that are not saved. Save them now?");
}

void TrainingPage::applySearch(const QString& text) {
    m_proxy->setSearch(text);
}

bool TrainingPage::settleBeforeNew() {
    // "New course" keeps what was typed by saving it, without asking.
    return !hasUnsavedChanges() || saveChanges();
}

void TrainingPage::fillForm(const domain::TrainingRecord& record) {
    m_filling = true;
    m_shown = record;
    m_ui->trainingGroupBox->setTitle(record.id.isValid() ? record.course : tr("New course"));
    m_ui->personComboBox->setCurrentIndex(m_ui->personComboBox->findData(record.personId.value));
    m_ui->courseLineEdit->setText(record.course);
    m_ui->courseLineEdit->setCursorPosition(0); // show the start of a long course name
    m_ui->providerComboBox->setCurrentIndex(
        m_ui->providerComboBox->findData(static_cast<int>(record.provider)));
    m_ui->completedDateEdit->setDate(record.completedDate.isValid() ? record.completedDate : m_today);
    m_ui->refresherCheckBox->setChecked(record.refresherDue.isValid());
    m_ui->refresherDateEdit->setDate(record.refresherDue.isValid() ? record.refresherDue
                                                                   : m_today.addYears(2));
    m_ui->noteLineEdit->setText(record.note);
    m_ui->topicComboBox->setCurrentIndex(std::max(0, m_ui->topicComboBox->findData(record.topicId ? record.topicId->value : 0)));
    m_ui->agreementComboBox->setCurrentIndex(
        std::max(0, m_ui->agreementComboBox->findData(record.agreementId ? record.agreementId->value : 0)));
    for (QLabel* label : {m_ui->courseErrorLabel, m_ui->completedErrorLabel, m_ui->refresherErrorLabel})
        label->hide();
    m_filling = false;
    updateFormState();
}

domain::TrainingRecord TrainingPage::formRecord() const {
    domain::TrainingRecord record = m_shown;
    record.personId = domain::PersonId{m_ui->personComboBox->currentData().toLongLong()};
    record.course = m_ui->courseLineEdit->text().trimmed();
    record.provider = static_cast<domain::TrainingProvider>(m_ui->providerComboBox->currentData().toInt());
    record.completedDate = m_ui->completedDateEdit->date();
    record.refresherDue = m_ui->refresherCheckBox->isChecked() ? m_ui->refresherDateEdit->date() : QDate();
    record.note = m_ui->noteLineEdit->text().trimmed();
    const qint64 topic = m_ui->topicComboBox->currentData().toLongLong();
    record.topicId = topic > 0 ? std::optional(domain::CompetenceTopicId{topic}) : std::nullopt;
    const qint64 agreement = m_ui->agreementComboBox->currentData().toLongLong();
    record.agreementId = agreement > 0 ? std::optional(domain::PharmacyAgreementId{agreement}) : std::nullopt;
    return record;
}

void TrainingPage::updateFormState() {
    if (m_filling) return;
    m_ui->refresherDateEdit->setEnabled(m_ui->refresherCheckBox->isChecked());
    updateButtons(hasUnsavedChanges());
}

bool TrainingPage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    const domain::TrainingRecord now = formRecord();
    if (!m_shown.id.isValid()) return !now.course.isEmpty() || !now.note.isEmpty();
    return !(now == m_shown);
}

std::optional<qint64> TrainingPage::writeForm() {
    const domain::TrainingRecord record = formRecord();
    const auto issues = services::CompetenceService::check(record, m_today);
    showIssues(issues, m_ui->courseErrorLabel, {"course", "personId", "note"});
    showIssues(issues, m_ui->completedErrorLabel, {"completedDate"});
    showIssues(issues, m_ui->refresherErrorLabel, {"refresherDue"});
    if (!issues.isEmpty()) return std::nullopt;
    auto savedId = workspace()->competence().saveTraining(record, m_today);
    if (!savedId) {
        dialogs().warning(this, tr("Training"),
                          tr("The course was not saved:\n%1").arg(savedId.error().display()));
        return std::nullopt;
    }
    return savedId.value().value;
}

void TrainingPage::discardChanges() {
    fillForm(m_shown);
}

void TrainingPage::fillNew() {
    domain::TrainingRecord fresh;
    fresh.provider = domain::TrainingProvider::Pharmacy;
    fresh.completedDate = m_today;
    fresh.personId = domain::PersonId{m_ui->personComboBox->itemData(0).toLongLong()};
    // A pharmacy course is most often given under the agreement in force.
    if (m_ui->agreementComboBox->count() > 1)
        fresh.agreementId = domain::PharmacyAgreementId{m_ui->agreementComboBox->itemData(1).toLongLong()};
    fillForm(fresh);
}

bool TrainingPage::deleteShown() {
    if (!dialogs().question(this, tr("Delete course"),
                            tr("Delete \"%1\"? This cannot be undone.").arg(m_shown.course)))
        return false;
    if (auto removed = workspace()->competence().removeTraining(m_shown.id); !removed) {
        dialogs().warning(this, tr("Training"),
                          tr("The course was not deleted:\n%1").arg(removed.error().display()));
        return false;
    }
    m_shown = {};
    return true;
}

void TrainingPage::updateCount() {
    int overdue = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        overdue += m_proxy->index(row, 0).data(TrainingRecordModel::OverdueRole).toBool() ? 1 : 0;
    QString text = tr("%n course(s)", nullptr, m_proxy->rowCount());
    if (overdue > 0) text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_ui->trainingCountLabel->setText(text);
}

} // namespace medsafe::app
