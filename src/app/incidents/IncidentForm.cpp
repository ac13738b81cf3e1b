#include "app/incidents/IncidentForm.h"

#include "app/ConflictDifferences.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/history/RecordHistoryDialog.h"
#include "domain/IncidentValidator.h"
#include "domain/Taxonomy.h"
#include "services/incidents/IncidentService.h"
#include "services/incidents/StaffNameGuard.h"
#include "services/workspace/Workspace.h"
#include "ui_IncidentForm.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {

template <typename E> void fill(QComboBox* combo) {
    combo->clear();
    for (E value : allValues<E>())
        combo->addItem(Taxonomy::label(value), toCode(value));
}

template <typename E> E valueOf(const QComboBox* combo, E fallback) {
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

template <typename E> void select(QComboBox* combo, E value) {
    combo->setCurrentIndex(std::max(0, combo->findData(toCode(value))));
}

const QString kRefusalStyle = QStringLiteral("color: #b71c1c; font-weight: 600;");
const QString kWarningStyle = QStringLiteral("color: #8a5300; background: #fff3cd; padding: 2px;");

} // namespace

IncidentForm::IncidentForm(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IncidentForm>()), m_workspace(workspace),
      m_dialogs(dialogs) {
    m_ui->setupUi(this);
    fillCombos();
    for (QPlainTextEdit* edit : {m_ui->descriptionEdit, m_ui->immediateActionEdit, m_ui->learningEdit}) {
        edit->setMinimumHeight(70);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading) checkFields(false);
        });
    }
    for (QComboBox* combo : {m_ui->actualComboBox, m_ui->possibleComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentForm::updateOverall);
    connect(m_ui->timeKnownCheckBox, &QCheckBox::toggled, m_ui->occurredTimeEdit, &QWidget::setEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] { discardChanges(); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &IncidentForm::removeIncident);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->saveButton->setToolTip(tr("Save (Ctrl+S)"));
    // DPSD lets anyone report without their name; the audit trail then names no one either.
    m_anonymous = new QCheckBox(tr("Report without my name"), this);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_anonymous->setToolTip(tr("The report is stored without who reported it, and the history shows it as an "
                               "anonymous report."));
    if (auto* buttons = m_ui->saveButton->parentWidget()->layout()) {
        if (auto* box = qobject_cast<QBoxLayout*>(buttons)) box->insertWidget(0, m_anonymous);
    }
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &IncidentForm::applyAccess);
    m_history = RecordHistoryDialog::addButton(
        m_ui->saveButton, 1, m_workspace, QStringLiteral("incident"),
        tr("Who registered and changed this incident, and what"), [this] {
            return RecordHistoryDialog::Record{m_original.id.value, m_ui->titleLabel->text()};
        });
    startNew(BotilbudId{});
}

IncidentForm::~IncidentForm() = default;

void IncidentForm::fillCombos() {
    fill<ProcessStage>(m_ui->stageComboBox);
    fill<ErrorType>(m_ui->errorTypeComboBox);
    fill<ActualConsequence>(m_ui->actualComboBox);
    fill<PossibleConsequence>(m_ui->possibleComboBox);
    fill<IncidentStatus>(m_ui->statusComboBox);
    m_ui->nccMerpComboBox->clear();
    m_ui->nccMerpComboBox->addItem(tr("Not categorised"), QString());
    for (NccMerpCategory value : allValues<NccMerpCategory>())
        m_ui->nccMerpComboBox->addItem(Taxonomy::label(value), toCode(value));
    m_ui->stageComboBox->setMaxVisibleItems(14);
    m_ui->errorTypeComboBox->setMaxVisibleItems(18);
}

void IncidentForm::startNew(BotilbudId botilbud) {
    Incident blank;
    blank.botilbudId = botilbud;
    blank.occurredDate = QDate::currentDate();
    blank.occurredTime = QTime(QTime::currentTime().hour(), 0);
    blank.reportedDate = QDate::currentDate();
    m_original = blank;
    show(blank);
    m_ui->titleLabel->setText(tr("New incident"));
    m_ui->deleteButton->setVisible(false);
    applyAccess();
}

void IncidentForm::edit(const Incident& incident) {
    m_original = incident;
    show(incident);
    m_ui->titleLabel->setText(
        tr("Incident of %1").arg(QLocale().toString(incident.occurredDate, QStringLiteral("d. MMMM yyyy"))));
    m_ui->deleteButton->setVisible(true);
    applyAccess();
}

void IncidentForm::applyAccess() {
    const bool isNew = !m_original.id.isValid();
    const auto may = m_workspace.may(isNew ? services::AccessAction::RegisterIncident
                                           : services::AccessAction::FollowUpIncident,
                                     m_original.botilbudId);
    gateControl(m_ui->saveButton, may);
    gateControl(m_ui->deleteButton,
                m_workspace.may(services::AccessAction::FollowUpIncident, m_original.botilbudId));
    // Only a new report can be anonymous, and only a signed-in person has a name to leave out.
    m_anonymous->setVisible(isNew && m_workspace.session().signedIn);
    m_history->setVisible(!isNew);
    m_anonymous->setChecked(false);
}

void IncidentForm::setStaff(const QList<Person>& staff) {
    m_staff = staff;
}

void IncidentForm::show(const Incident& i) {
    m_loading = true;
    m_ui->occurredDateEdit->setDate(i.occurredDate);
    m_ui->timeKnownCheckBox->setChecked(i.occurredTime.isValid());
    m_ui->occurredTimeEdit->setEnabled(i.occurredTime.isValid());
    m_ui->occurredTimeEdit->setTime(i.occurredTime.isValid() ? i.occurredTime : QTime(12, 0));
    m_ui->reportedDateEdit->setDate(i.reportedDate.isValid() ? i.reportedDate : i.occurredDate);
    select(m_ui->stageComboBox, i.stage);
    select(m_ui->errorTypeComboBox, i.errorType);
    select(m_ui->actualComboBox, i.actualConsequence);
    select(m_ui->possibleComboBox, i.possibleConsequence);
    select(m_ui->statusComboBox, i.status);
    m_ui->nccMerpComboBox->setCurrentIndex(
        i.nccMerp ? std::max(0, m_ui->nccMerpComboBox->findData(toCode(*i.nccMerp))) : 0);
    m_ui->reachedCheckBox->setChecked(i.reachedCitizen);
    m_ui->doctorCheckBox->setChecked(i.requiredDoctorContact);
    m_ui->descriptionEdit->setPlainText(i.description);
    m_ui->immediateActionEdit->setPlainText(i.immediateAction);
    m_ui->learningEdit->setPlainText(i.learning);
    for (QLabel* label : {m_ui->occurredMessageLabel, m_ui->reportedMessageLabel, m_ui->nccMerpMessageLabel,
                          m_ui->descriptionMessageLabel, m_ui->immediateActionMessageLabel,
                          m_ui->learningMessageLabel, m_ui->formMessageLabel})
        showMessage(label, QString(), false);
    m_loading = false;
    updateOverall();
}

Incident IncidentForm::incident() const {
    Incident i = m_original;
    i.occurredDate = m_ui->occurredDateEdit->date();
    i.occurredTime = m_ui->timeKnownCheckBox->isChecked() ? QTime(m_ui->occurredTimeEdit->time().hour(),
                                                                  m_ui->occurredTimeEdit->time().minute())
                                                          : QTime();
    i.reportedDate = m_ui->reportedDateEdit->date();
    i.stage = valueOf(m_ui->stageComboBox, ProcessStage::Other);
    i.errorType = valueOf(m_ui->errorTypeComboBox, ErrorType::Other);
    i.actualConsequence = valueOf(m_ui->actualComboBox, ActualConsequence::NoneOrUnknown);
    i.possibleConsequence = valueOf(m_ui->possibleComboBox, PossibleConsequence::None);
    i.status = valueOf(m_ui->statusComboBox, IncidentStatus::New);
    i.nccMerp = fromCode<NccMerpCategory>(m_ui->nccMerpComboBox->currentData().toString());
    i.reachedCitizen = m_ui->reachedCheckBox->isChecked();
    i.requiredDoctorContact = m_ui->doctorCheckBox->isChecked();
    i.description = m_ui->descriptionEdit->toPlainText().trimmed();
    i.immediateAction = m_ui->immediateActionEdit->toPlainText().trimmed();
    i.learning = m_ui->learningEdit->toPlainText().trimmed();
    return i;
}

void IncidentForm::updateOverall() {
    const auto overall =
        deriveOverallCategory(valueOf(m_ui->actualComboBox, ActualConsequence::NoneOrUnknown),
                              valueOf(m_ui->possibleComboBox, PossibleConsequence::None));
    m_ui->overallValueLabel->setText(Taxonomy::label(overall));
}

void IncidentForm::showMessage(QLabel* label, const QString& text, bool refusal) {
    label->setText(text);
    label->setStyleSheet(text.isEmpty() ? QString() : (refusal ? kRefusalStyle : kWarningStyle));
    label->setVisible(!text.isEmpty());
}

bool IncidentForm::checkFields(bool forSave) {
    const Incident i = incident();
    const ValidationIssues issues = services::IncidentService::check(i);
    auto messageFor = [&](const QString& field) {
        QStringList texts;
        for (const auto& issue : issues) {
            if (issue.field == field) texts << issue.message;
        }
        return texts.join(u'\n');
    };
    struct TextField {
        QString field;
        QLabel* label;
        QString text;
    };
    bool blocked = false;
    for (const TextField& f :
         {TextField{QStringLiteral("description"), m_ui->descriptionMessageLabel, i.description},
          TextField{QStringLiteral("immediateAction"), m_ui->immediateActionMessageLabel, i.immediateAction},
          TextField{QStringLiteral("learning"), m_ui->learningMessageLabel, i.learning}}) {
        QString refusal = messageFor(f.field);
        // An empty description is only worth a message when the person tries to save.
        if (!forSave && f.field == u"description" && !refusal.contains(IncidentValidator::cprMessage()))
            refusal.clear();
        if (!refusal.isEmpty()) {
            showMessage(f.label, refusal, true);
            blocked = true;
            continue;
        }
        const QStringList names = services::StaffNameGuard::namesIn(f.text, m_staff);
        showMessage(f.label,
                    names.isEmpty()
                        ? QString()
                        : tr("The text may name a member of staff (%1). Describe what happened, not who.")
                              .arg(names.join(QStringLiteral(", "))),
                    false);
    }
    if (forSave) {
        showMessage(m_ui->occurredMessageLabel, messageFor(QStringLiteral("occurredDate")), true);
        showMessage(m_ui->reportedMessageLabel, messageFor(QStringLiteral("reportedDate")), true);
        showMessage(m_ui->nccMerpMessageLabel, messageFor(QStringLiteral("nccMerp")), true);
        blocked = blocked || !issues.isEmpty();
    }
    return !blocked;
}

bool IncidentForm::hasUnsavedChanges() const {
    return incident() != m_original;
}

bool IncidentForm::saveChanges() {
    if (!checkFields(true)) {
        showMessage(m_ui->formMessageLabel, tr("Not saved: correct the fields marked in red."), true);
        return false;
    }
    Incident i = incident();
    const QStringList names = services::IncidentService::staffNamesIn(i, m_staff);
    if (!names.isEmpty() &&
        !m_dialogs.question(
            this, tr("Names in the incident"),
            tr("The text may name %1. Incidents are about what happened, not who. Save anyway?")
                .arg(names.join(QStringLiteral(", ")))))
        return false;
    return store(i);
}

bool IncidentForm::store(const Incident& given) {
    Incident i = given;
    if (!i.id.isValid() && m_workspace.session().signedIn && !m_anonymous->isChecked())
        i.reporterId = m_workspace.session().person;
    auto stored = m_workspace.incidents().save(i);
    if (!stored && stored.error().conflict) return resolveConflict(i);
    if (!stored) {
        m_dialogs.warning(this, tr("Not saved"), stored.error().display());
        return false;
    }
    edit(stored.value()); // its id and new row version
    showMessage(m_ui->formMessageLabel, QString(), false);
    emit saved(stored->id);
    return true;
}

bool IncidentForm::resolveConflict(Incident mine) {
    auto theirs = m_workspace.incidents().current(mine.id);
    if (!theirs) {
        m_dialogs.warning(this, tr("Not saved"), theirs.error().display());
        return false;
    }
    switch (m_dialogs.resolveConflict(this, tr("The incident was changed by someone else"),
                                      ConflictDifferences::between(mine, theirs.value()))) {
    case DialogService::ConflictChoice::KeepMine:
        // Saved over the version now stored; should yet another save come between, ask again.
        mine.rowVersion = theirs->rowVersion;
        return store(mine);
    case DialogService::ConflictChoice::TakeTheirs:
        edit(theirs.value());
        emit saved(mine.id); // the list shows the stored version too
        return false;
    case DialogService::ConflictChoice::Cancel:
        break;
    }
    showMessage(m_ui->formMessageLabel,
                tr("Not saved: someone else saved this incident meanwhile. Save again to choose."), true);
    return false;
}

void IncidentForm::discardChanges() {
    show(m_original);
}

void IncidentForm::removeIncident() {
    if (!m_original.id.isValid()) return;
    if (!m_dialogs.question(this, tr("Delete incident"),
                            tr("Delete this incident? Counts and charts derived from it change too.")))
        return;
    const IncidentId id = m_original.id;
    if (auto status = m_workspace.incidents().remove(id); !status) {
        m_dialogs.warning(this, tr("Not deleted"), status.error().display());
        return;
    }
    startNew(m_original.botilbudId);
    emit removed(id);
}

} // namespace medsafe::app
