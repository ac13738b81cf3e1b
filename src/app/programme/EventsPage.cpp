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
    : ProgrammePage(parent), m_ui(std::make_unique<Ui::EventsPage>()), m_dialogs(dialogs),
      m_model(new ProgrammeEventModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("eventsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProgrammeEventModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    auto* table = m_ui->eventTable;
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ProgrammeEventModel::DateColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ProgrammeEventModel::TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ProgrammeEventModel::KindColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ProgrammeEventModel::DateColumn, QHeaderView::ResizeToContents);

    for (const auto& entry : domain::DomainLabels::entries<domain::EventKind>())
        m_ui->kindComboBox->addItem(entry.label, entry.code);
    m_ui->dateEdit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    m_ui->titleErrorLabel->setStyleSheet(kErrorStyle);
    m_ui->numberErrorLabel->setStyleSheet(kErrorStyle);
    m_ui->notesErrorLabel->setStyleSheet(kErrorStyle);
    m_ui->titleErrorLabel->hide();
    m_ui->numberErrorLabel->hide();
    m_ui->notesErrorLabel->hide();

    connect(m_ui->eventSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPage::onCurrentChanged);
    connect(table, &QTableView::doubleClicked, this, [this] { m_ui->titleLineEdit->setFocus(); });
    connect(m_ui->newEventButton, &QPushButton::clicked, this, &EventsPage::newItem);
    connect(m_ui->deleteEventButton, &QPushButton::clicked, this, &EventsPage::deleteCurrent);
    connect(m_ui->saveEventButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_ui->revertEventButton, &QPushButton::clicked, this, &EventsPage::discardChanges);
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

void EventsPage::load(services::Workspace& workspace, domain::BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto events = workspace.programme().events(botilbud);
    auto people = workspace.organisation().people(botilbud, true);
    if (!events || !people) {
        const Error& error = !events ? events.error() : people.error();
        logging::get("app")->error("events could not be read: {}", error.message.toStdString());
        m_dialogs.warning(this, tr("Programme"), tr("The events could not be read: %1").arg(error.display()));
        return;
    }
    m_loading = true; // the selection below replaces the form without asking about it
    m_people = people.value();
    QHash<qint64, QString> names;
    for (const auto& person : m_people) names.insert(person.id.value, person.name);
    m_model->setEvents(events.value(), names);
    updateCount();
    // Open the next event not yet held, else the newest.
    int row = m_model->rowCount() - 1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->eventAt(r)->done) {
            row = r;
            break;
        }
    if (row >= 0) {
        selectRow(row);
    } else {
        domain::ProgrammeEvent fresh;
        fresh.botilbudId = botilbud;
        fresh.date = QDate::currentDate();
        fillForm(fresh);
    }
    m_loading = false;
}

void EventsPage::selectRow(int sourceRow) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_ui->eventTable->setCurrentIndex(index);
    m_ui->eventTable->scrollTo(index);
    if (const auto* event = m_model->eventAt(sourceRow)) fillForm(*event);
}

void EventsPage::onCurrentChanged() {
    const QModelIndex current = m_proxy->mapToSource(m_ui->eventTable->currentIndex());
    const auto* event = m_model->eventAt(current.row());
    if (m_loading || !event || event->id == m_shown.id) return;
    const domain::ProgrammeEventId target = event->id;
    if (!settle()) {
        // Stay on the event being edited.
        const QSignalBlocker blocker(m_ui->eventTable->selectionModel());
        m_ui->eventTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_shown.id), 0)));
        return;
    }
    const int row = m_model->rowOf(target);
    if (row >= 0) fillForm(*m_model->eventAt(row));
}

bool EventsPage::settle() {
    if (!hasUnsavedChanges()) return true;
    switch (m_dialogs.askToSave(this, tr("Unsaved changes"), tr("The event has changes that are not saved. Save them now?"))) {
    case DialogService::SaveChoice::Save: return saveChanges();
    case DialogService::SaveChoice::Discard: discardChanges(); return true;
    case DialogService::SaveChoice::Cancel: return false;
    }
    return false;
}

void EventsPage::fillForm(const domain::ProgrammeEvent& event) {
    m_filling = true;
    m_shown = event;
    m_ui->eventGroupBox->setTitle(event.id.isValid() ? ProgrammeEventModel::kindText(event) : tr("New event"));
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
    m_ui->titleErrorLabel->hide();
    m_ui->numberErrorLabel->hide();
    m_ui->notesErrorLabel->hide();
    m_filling = false;
    updateFormState();
}

domain::ProgrammeEvent EventsPage::formEvent() const {
    domain::ProgrammeEvent event = m_shown;
    event.botilbudId = m_botilbud;
    event.kind = domain::fromCode<domain::EventKind>(m_ui->kindComboBox->currentData().toString())
                     .value_or(domain::EventKind::Other);
    const bool numbered = event.kind == domain::EventKind::LearningSession || event.kind == domain::EventKind::PsVisit;
    event.number = numbered ? std::optional(m_ui->numberSpinBox->value()) : std::nullopt;
    event.date = m_ui->dateEdit->date();
    event.title = m_ui->titleLineEdit->text().trimmed();
    event.done = m_ui->doneCheckBox->isChecked();
    event.notes = m_ui->notesTextEdit->toPlainText();
    event.participants.clear();
    for (int i = 0; i < m_ui->participantList->count(); ++i) {
        const auto* item = m_ui->participantList->item(i);
        if (item->checkState() == Qt::Checked) event.participants << domain::PersonId{item->data(Qt::UserRole).toLongLong()};
    }
    return event;
}

void EventsPage::updateFormState() {
    if (m_filling) return;
    const auto kind = domain::fromCode<domain::EventKind>(m_ui->kindComboBox->currentData().toString());
    const bool numbered = kind == domain::EventKind::LearningSession || kind == domain::EventKind::PsVisit;
    m_ui->numberSpinBox->setEnabled(numbered);
    m_ui->numberLabel->setEnabled(numbered);
    const bool dirty = hasUnsavedChanges();
    m_ui->saveEventButton->setEnabled(dirty && m_workspace);
    m_ui->revertEventButton->setEnabled(dirty);
    m_ui->deleteEventButton->setEnabled(m_shown.id.isValid());
    int checked = 0;
    for (int i = 0; i < m_ui->participantList->count(); ++i)
        checked += m_ui->participantList->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_ui->participantsLabel->setText(tr("&Participants (%1):").arg(checked));
}

bool EventsPage::hasUnsavedChanges() const {
    if (!m_workspace) return false;
    domain::ProgrammeEvent now = formEvent();
    domain::ProgrammeEvent before = m_shown;
    before.botilbudId = m_botilbud;
    // The order people were ticked in is no change.
    std::sort(now.participants.begin(), now.participants.end());
    std::sort(before.participants.begin(), before.participants.end());
    return !(now == before);
}

bool EventsPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    const domain::ProgrammeEvent event = formEvent();
    const auto issues = services::ProgrammeService::check(event);
    auto show = [&issues](QLabel* label, std::initializer_list<const char*> fields) {
        QStringList messages;
        for (const auto& issue : issues)
            for (const char* field : fields)
                if (issue.field == QLatin1String(field)) messages << issue.message;
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    show(m_ui->titleErrorLabel, {"title", "date"});
    show(m_ui->numberErrorLabel, {"number"});
    show(m_ui->notesErrorLabel, {"notes"});
    if (!issues.isEmpty()) {
        if (hasIssue(issues, QStringLiteral("title"))) m_ui->titleLineEdit->setFocus();
        return false;
    }
    auto savedId = m_workspace->programme().saveEvent(event);
    if (!savedId) {
        m_dialogs.warning(this, tr("Programme"), tr("The event was not saved:\n%1").arg(savedId.error().display()));
        return false;
    }
    const domain::ProgrammeEventId id = savedId.value();
    const QString search = m_ui->eventSearchLineEdit->text();
    m_shown.id = {}; // the reload below must refill the form
    load(*m_workspace, m_botilbud);
    m_ui->eventSearchLineEdit->setText(search);
    if (const int row = m_model->rowOf(id); row >= 0) selectRow(row);
    emit saved();
    return true;
}

void EventsPage::discardChanges() {
    fillForm(m_shown);
}

void EventsPage::newItem() {
    if (!m_workspace || !settle()) return;
    domain::ProgrammeEvent fresh;
    fresh.botilbudId = m_botilbud;
    fresh.kind = domain::EventKind::LearningSession;
    fresh.date = QDate::currentDate();
    // Suggest the next læringstræf number.
    int next = 1;
    for (const auto& event : m_model->events())
        if (event.kind == domain::EventKind::LearningSession && event.number) next = std::max(next, *event.number + 1);
    fresh.number = std::min(next, domain::ProgrammeEvent::kLearningSessions);
    m_ui->eventTable->clearSelection();
    fillForm(fresh);
    m_ui->titleLineEdit->setFocus();
}

void EventsPage::focusSearch() {
    m_ui->eventSearchLineEdit->setFocus();
    m_ui->eventSearchLineEdit->selectAll();
}

void EventsPage::deleteCurrent() {
    if (!m_workspace || !m_shown.id.isValid()) return;
    if (!m_dialogs.question(this, tr("Delete event"),
                            tr("Delete \"%1\" (%2)? This cannot be undone.")
                                .arg(m_shown.title, ProgrammeEventModel::kindText(m_shown))))
        return;
    if (auto removed = m_workspace->programme().removeEvent(m_shown.id); !removed) {
        m_dialogs.warning(this, tr("Programme"), tr("The event was not deleted:\n%1").arg(removed.error().display()));
        return;
    }
    m_shown = {};
    load(*m_workspace, m_botilbud);
    emit saved();
}

void EventsPage::updateCount() {
    m_ui->eventCountLabel->setText(tr("%n event(s)", nullptr, m_proxy->rowCount()));
}

} // namespace medsafe::app
