#include "app/programme/EventsPage.h"

#include "app/DialogService.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/programme/ProgrammeEventModel.h"
#include "services/programme/ProgrammeService.h"
#include "services/workspace/Workspace.h"
#include "ui_EventsPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace medsafe::app {

using models::ProgrammeEventModel;

namespace {
const QString kErrorStyle = QStringLiteral("color: #9b1c1c;");
}

EventsPage::EventsPage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::EditProgramme, parent),
      m_ui(std::make_unique<Ui::EventsPage>()), m_model(new ProgrammeEventModel(this)),
      m_proxy(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("eventsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProgrammeEventModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    setUpList({m_ui->eventSearchLineEdit, m_ui->eventTable, m_ui->newEventButton, m_ui->deleteEventButton,
               m_ui->saveEventButton, m_ui->revertEventButton, m_ui->titleLineEdit},
              m_proxy);
    auto* table = m_ui->eventTable;
    table->sortByColumn(ProgrammeEventModel::DateColumn, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    // Every column as wide as its contents (a few dozen events), the title takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ProgrammeEventModel::TitleColumn, QHeaderView::Stretch);

    for (const auto& entry : domain::DomainLabels::entries<domain::EventKind>())
        m_ui->kindComboBox->addItem(entry.label, entry.code);
    m_ui->dateEdit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    for (QLabel* label : {m_ui->titleErrorLabel, m_ui->numberErrorLabel, m_ui->notesErrorLabel}) {
        label->setStyleSheet(kErrorStyle);
        label->hide();
    }

    auto changed = [this] { updateFormState(); };
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->numberSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->doneCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->participantList, &QListWidget::itemChanged, this, changed);
    connect(m_ui->notesTextEdit, &QPlainTextEdit::textChanged, this, changed);
}

EventsPage::~EventsPage() = default;

bool EventsPage::readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) {
    auto events = workspace.programme().events(botilbud);
    auto people = workspace.organisation().people(botilbud, true);
    if (!events || !people) {
        const Error& error = !events ? events.error() : people.error();
        logging::get("app")->error("events could not be read: {}", error.message.toStdString());
        dialogs().warning(this, tr("Programme"), tr("The events could not be read: %1").arg(error.display()));
        return false;
    }
    m_people = people.value();
    QHash<qint64, QString> names;
    for (const auto& person : m_people)
        names.insert(person.id.value, person.name);
    m_model->setEvents(events.value(), names);
    return true;
}

int EventsPage::initialRow() const {
    // The next event not yet held, else the newest.
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->eventAt(r)->done) return r;
    return m_model->rowCount() - 1;
}

void EventsPage::fillBlank() {
    domain::ProgrammeEvent fresh;
    fresh.botilbudId = botilbud();
    fresh.date = QDate::currentDate();
    fillForm(fresh);
}

void EventsPage::fillRow(int sourceRow) {
    if (const auto* event = m_model->eventAt(sourceRow)) fillForm(*event);
}

qint64 EventsPage::idAt(int sourceRow) const {
    const auto* event = m_model->eventAt(sourceRow);
    return event ? event->id.value : 0;
}

int EventsPage::rowOfId(qint64 id) const {
    return m_model->rowOf(domain::ProgrammeEventId{id});
}

QString EventsPage::unsavedQuestion() const {
    return tr("The event has changes that are not saved. Save them now?");
}

void EventsPage::fillForm(const domain::ProgrammeEvent& event) {
    m_filling = true;
    m_shown = event;
    m_ui->eventGroupBox->setTitle(event.id.isValid() ? ProgrammeEventModel::kindText(event)
                                                     : tr("New event"));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(domain::toCode(event.kind)));
    m_ui->numberSpinBox->setValue(event.number.value_or(1));
    m_ui->dateEdit->setDate(event.date.isValid() ? event.date : QDate::currentDate());
    m_ui->titleLineEdit->setText(event.title);
    m_ui->doneCheckBox->setChecked(event.done);
    m_ui->notesTextEdit->setPlainText(event.notes);
    m_ui->participantList->clear();
    for (const auto& person : m_people) {
        auto* item = new QListWidgetItem(person.name, m_ui->participantList);
        item->setData(Qt::UserRole, person.id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(event.participants.contains(person.id) ? Qt::Checked : Qt::Unchecked);
        if (!person.roles.testFlag(domain::PersonRole::Staff) && person.roles)
            item->setToolTip(domain::DomainLabels::label(person.roles));
    }
    for (QLabel* label : {m_ui->titleErrorLabel, m_ui->numberErrorLabel, m_ui->notesErrorLabel})
        label->hide();
    m_filling = false;
    updateFormState();
}

domain::ProgrammeEvent EventsPage::formEvent() const {
    domain::ProgrammeEvent event = m_shown;
    event.botilbudId = botilbud();
    event.kind = domain::fromCode<domain::EventKind>(m_ui->kindComboBox->currentData().toString())
                     .value_or(domain::EventKind::Other);
    const bool numbered =
        event.kind == domain::EventKind::LearningSession || event.kind == domain::EventKind::PsVisit;
    event.number = numbered ? std::optional(m_ui->numberSpinBox->value()) : std::nullopt;
    event.date = m_ui->dateEdit->date();
    event.title = m_ui->titleLineEdit->text().trimmed();
    event.done = m_ui->doneCheckBox->isChecked();
    event.notes = m_ui->notesTextEdit->toPlainText();
    event.participants.clear();
    for (int i = 0; i < m_ui->participantList->count(); ++i) {
        const auto* item = m_ui->participantList->item(i);
        if (item->checkState() == Qt::Checked)
            event.participants << domain::PersonId{item->data(Qt::UserRole).toLongLong()};
    }
    return event;
}

void EventsPage::updateFormState() {
    if (m_filling) return;
    const auto kind = domain::fromCode<domain::EventKind>(m_ui->kindComboBox->currentData().toString());
    const bool numbered = kind == domain::EventKind::LearningSession || kind == domain::EventKind::PsVisit;
    m_ui->numberSpinBox->setEnabled(numbered);
    m_ui->numberLabel->setEnabled(numbered);
    updateButtons(hasUnsavedChanges());
    int checked = 0;
    for (int i = 0; i < m_ui->participantList->count(); ++i)
        checked += m_ui->participantList->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_ui->participantsLabel->setText(tr("&Participants (%1):").arg(checked));
}

bool EventsPage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    domain::ProgrammeEvent now = formEvent();
    domain::ProgrammeEvent before = m_shown;
    before.botilbudId = botilbud();
    // The order people were ticked in is no change.
    std::sort(now.participants.begin(), now.participants.end());
    std::sort(before.participants.begin(), before.participants.end());
    return !(now == before);
}

std::optional<qint64> EventsPage::writeForm() {
    const domain::ProgrammeEvent event = formEvent();
    const auto issues = services::ProgrammeService::check(event);
    showIssues(issues, m_ui->titleErrorLabel, {"title", "date"});
    showIssues(issues, m_ui->numberErrorLabel, {"number"});
    showIssues(issues, m_ui->notesErrorLabel, {"notes"});
    if (!issues.isEmpty()) {
        if (hasIssue(issues, QStringLiteral("title"))) m_ui->titleLineEdit->setFocus();
        return std::nullopt;
    }
    auto savedId = workspace()->programme().saveEvent(event);
    if (!savedId) {
        dialogs().warning(this, tr("Programme"),
                          tr("The event was not saved:\n%1").arg(savedId.error().display()));
        return std::nullopt;
    }
    return savedId.value().value;
}

void EventsPage::discardChanges() {
    fillForm(m_shown);
}

void EventsPage::fillNew() {
    domain::ProgrammeEvent fresh;
    fresh.botilbudId = botilbud();
    fresh.kind = domain::EventKind::LearningSession;
    fresh.date = QDate::currentDate();
    // Suggest the next læringstræf number.
    int next = 1;
    for (const auto& event : m_model->events())
        if (event.kind == domain::EventKind::LearningSession && event.number)
            next = std::max(next, *event.number + 1);
    fresh.number = std::min(next, domain::ProgrammeEvent::kLearningSessions);
    fillForm(fresh);
}

bool EventsPage::deleteShown() {
    if (!dialogs().question(this, tr("Delete event"),
                            tr("Delete \"%1\" (%2)? This cannot be undone.")
                                .arg(m_shown.title, ProgrammeEventModel::kindText(m_shown))))
        return false;
    if (auto removed = workspace()->programme().removeEvent(m_shown.id); !removed) {
        dialogs().warning(this, tr("Programme"),
                          tr("The event was not deleted:\n%1").arg(removed.error().display()));
        return false;
    }
    m_shown = {};
    return true;
}

void EventsPage::updateCount() {
    m_ui->eventCountLabel->setText(tr("%n event(s)", nullptr, m_proxy->rowCount()));
}

} // namespace medsafe::app
