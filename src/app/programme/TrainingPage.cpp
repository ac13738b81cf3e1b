#include "app/programme/TrainingPage.h"

#include "app/DialogService.h"
#include "app/programme/TrainingFilterModel.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/programme/TrainingRecordModel.h"
#include "services/programme/CompetenceService.h"
#include "services/workspace/Workspace.h"
#include "ui_TrainingPage.h"

#include <QHeaderView>

namespace medsafe::app {

using models::TrainingRecordModel;

TrainingPage::TrainingPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_ui(std::make_unique<Ui::TrainingPage>()), m_dialogs(dialogs),
      m_model(new TrainingRecordModel(this)), m_proxy(new TrainingFilterModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("trainingPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrainingRecordModel::SortRole);
    auto* table = m_ui->trainingTable;
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(TrainingRecordModel::DueColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(TrainingRecordModel::CourseColumn, QHeaderView::Stretch);

    m_ui->providerFilterComboBox->addItem(tr("All providers"), -1);
    for (const auto provider : domain::allValues<domain::TrainingProvider>()) {
        m_ui->providerFilterComboBox->addItem(domain::DomainLabels::label(provider), static_cast<int>(provider));
        m_ui->providerComboBox->addItem(domain::DomainLabels::label(provider), static_cast<int>(provider));
    }
    for (QDateEdit* edit : {m_ui->completedDateEdit, m_ui->refresherDateEdit})
        edit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    for (QLabel* label : {m_ui->courseErrorLabel, m_ui->completedErrorLabel, m_ui->refresherErrorLabel}) {
        label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        label->hide();
    }

    connect(m_ui->trainingSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        updateCount();
    });
    connect(m_ui->providerFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProvider(m_ui->providerFilterComboBox->currentData().toInt());
        updateCount();
    });
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOverdueOnly(on);
        updateCount();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingPage::onCurrentChanged);
    connect(table, &QTableView::doubleClicked, this, [this] { m_ui->courseLineEdit->setFocus(); });
    connect(m_ui->newTrainingButton, &QPushButton::clicked, this, &TrainingPage::newItem);
    connect(m_ui->deleteTrainingButton, &QPushButton::clicked, this, &TrainingPage::deleteCurrent);
    connect(m_ui->saveTrainingButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_ui->revertTrainingButton, &QPushButton::clicked, this, &TrainingPage::discardChanges);
    auto changed = [this] { updateFormState(); };
    connect(m_ui->personComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->courseLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->completedDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->refresherCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->refresherDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->noteLineEdit, &QLineEdit::textChanged, this, changed);
}

TrainingPage::~TrainingPage() = default;

void TrainingPage::load(services::Workspace& workspace, domain::BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto records = workspace.competence().training(botilbud);
    auto people = workspace.organisation().people(botilbud);
    if (!records || !people) {
        const Error& error = !records ? records.error() : people.error();
        logging::get("app")->error("training log could not be read: {}", error.message.toStdString());
        m_dialogs.warning(this, tr("Training"), tr("The training log could not be read: %1").arg(error.display()));
        return;
    }
    m_loading = true;
    m_people = people.value();
    QHash<qint64, QString> names;
    m_ui->personComboBox->clear();
    for (const auto& person : m_people) {
        names.insert(person.id.value, person.name);
        if (person.active) m_ui->personComboBox->addItem(person.name, person.id.value);
    }
    m_model->setRecords(records.value(), names, m_today);
    updateCount();
    if (m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_ui->trainingTable->setCurrentIndex(first);
        fillForm(*m_model->recordAt(m_proxy->mapToSource(first).row()));
    } else {
        fillForm(domain::TrainingRecord{});
    }
    m_loading = false;
}

void TrainingPage::selectRecord(domain::TrainingRecordId id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_loading = true;
    m_ui->trainingTable->setCurrentIndex(index);
    m_ui->trainingTable->scrollTo(index);
    m_loading = false;
    fillForm(*m_model->recordAt(row));
}

void TrainingPage::onCurrentChanged() {
    const auto* record = m_model->recordAt(m_proxy->mapToSource(m_ui->trainingTable->currentIndex()).row());
    if (m_loading || !record || record->id == m_shown.id) return;
    const domain::TrainingRecordId target = record->id;
    if (hasUnsavedChanges()) {
        switch (m_dialogs.askToSave(this, tr("Unsaved changes"), tr("The course has changes that are not saved. Save them now?"))) {
        case DialogService::SaveChoice::Save:
            if (!saveChanges()) return;
            break;
        case DialogService::SaveChoice::Discard: break;
        case DialogService::SaveChoice::Cancel: return;
        }
    }
    selectRecord(target);
}

void TrainingPage::fillForm(const domain::TrainingRecord& record) {
    m_filling = true;
    m_shown = record;
    m_ui->trainingGroupBox->setTitle(record.id.isValid() ? record.course : tr("New course"));
    m_ui->personComboBox->setCurrentIndex(m_ui->personComboBox->findData(record.personId.value));
    m_ui->courseLineEdit->setText(record.course);
    m_ui->courseLineEdit->setCursorPosition(0); // show the start of a long course name
    m_ui->providerComboBox->setCurrentIndex(m_ui->providerComboBox->findData(static_cast<int>(record.provider)));
    m_ui->completedDateEdit->setDate(record.completedDate.isValid() ? record.completedDate : m_today);
    m_ui->refresherCheckBox->setChecked(record.refresherDue.isValid());
    m_ui->refresherDateEdit->setDate(record.refresherDue.isValid() ? record.refresherDue : m_today.addYears(2));
    m_ui->noteLineEdit->setText(record.note);
    for (QLabel* label : {m_ui->courseErrorLabel, m_ui->completedErrorLabel, m_ui->refresherErrorLabel}) label->hide();
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
    return record;
}

void TrainingPage::updateFormState() {
    if (m_filling) return;
    m_ui->refresherDateEdit->setEnabled(m_ui->refresherCheckBox->isChecked());
    const bool dirty = hasUnsavedChanges();
    m_ui->saveTrainingButton->setEnabled(dirty);
    m_ui->revertTrainingButton->setEnabled(dirty);
    m_ui->deleteTrainingButton->setEnabled(m_shown.id.isValid());
}

bool TrainingPage::hasUnsavedChanges() const {
    if (!m_workspace) return false;
    const domain::TrainingRecord now = formRecord();
    if (!m_shown.id.isValid()) return !now.course.isEmpty() || !now.note.isEmpty();
    return !(now == m_shown);
}

bool TrainingPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    const domain::TrainingRecord record = formRecord();
    const auto issues = services::CompetenceService::check(record, m_today);
    auto show = [&issues](QLabel* label, std::initializer_list<const char*> fields) {
        QStringList messages;
        for (const auto& issue : issues)
            for (const char* field : fields)
                if (issue.field == QLatin1String(field)) messages << issue.message;
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    show(m_ui->courseErrorLabel, {"course", "personId", "note"});
    show(m_ui->completedErrorLabel, {"completedDate"});
    show(m_ui->refresherErrorLabel, {"refresherDue"});
    if (!issues.isEmpty()) return false;
    auto savedId = m_workspace->competence().saveTraining(record, m_today);
    if (!savedId) {
        m_dialogs.warning(this, tr("Training"), tr("The course was not saved:\n%1").arg(savedId.error().display()));
        return false;
    }
    const domain::TrainingRecordId id = savedId.value();
    load(*m_workspace, m_botilbud);
    selectRecord(id);
    emit saved();
    return true;
}

void TrainingPage::discardChanges() {
    fillForm(m_shown);
}

void TrainingPage::newItem() {
    if (!m_workspace) return;
    if (hasUnsavedChanges() && !saveChanges()) return;
    domain::TrainingRecord fresh;
    fresh.provider = domain::TrainingProvider::Pharmacy;
    fresh.completedDate = m_today;
    fresh.personId = domain::PersonId{m_ui->personComboBox->itemData(0).toLongLong()};
    m_loading = true;
    m_ui->trainingTable->clearSelection();
    m_loading = false;
    fillForm(fresh);
    m_ui->courseLineEdit->setFocus();
}

void TrainingPage::focusSearch() {
    m_ui->trainingSearchLineEdit->setFocus();
    m_ui->trainingSearchLineEdit->selectAll();
}

void TrainingPage::deleteCurrent() {
    if (!m_workspace || !m_shown.id.isValid()) return;
    if (!m_dialogs.question(this, tr("Delete course"), tr("Delete \"%1\"? This cannot be undone.").arg(m_shown.course)))
        return;
    if (auto removed = m_workspace->competence().removeTraining(m_shown.id); !removed) {
        m_dialogs.warning(this, tr("Training"), tr("The course was not deleted:\n%1").arg(removed.error().display()));
        return;
    }
    m_shown = {};
    load(*m_workspace, m_botilbud);
    emit saved();
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
