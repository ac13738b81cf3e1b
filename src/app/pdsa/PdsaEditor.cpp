#include "app/pdsa/PdsaEditor.h"

#include "app/ConflictDifferences.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/history/RecordHistoryDialog.h"
#include "app/pdsa/PdsaFormBinding.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/pdsa/PdsaTreeModel.h"
#include "services/workspace/Workspace.h"
#include "ui_PdsaEditor.h"

#include <QBoxLayout>
#include <QPushButton>
#include <utility>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
const char* const kErrorStyle = "color: #b00020;";
}

PdsaEditor::PdsaEditor(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PdsaEditor>()), m_workspace(workspace), m_dialogs(dialogs) {
    m_ui->setupUi(this);
    m_binding = std::make_unique<PdsaFormBinding>(*m_ui);
    setObjectName(QStringLiteral("pdsaEditor"));

    QFont heading = m_ui->editorHeadingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->editorHeadingLabel->setFont(heading);
    m_ui->messageLabel->hide();

    // Messages sit next to their field: the header and the decision have their labels in the
    // form; every text field of the stages has one in the row beneath it.
    m_errorLabels.insert(QStringLiteral("title"), m_ui->titleErrorLabel);
    m_errorLabels.insert(QStringLiteral("endDate"), m_ui->endDateErrorLabel);
    m_errorLabels.insert(QStringLiteral("number"), m_ui->endDateErrorLabel);
    m_errorLabels.insert(QStringLiteral("decision"), m_ui->decisionErrorLabel);
    struct Field {
        const char* name;
        QWidget* widget;
        QLabel* errorLabel;
    };
    const Field fields[] = {
        {"question", m_ui->questionTextEdit, m_ui->questionErrorLabel},
        {"prediction", m_ui->predictionTextEdit, m_ui->predictionErrorLabel},
        {"planWhat", m_ui->planWhatTextEdit, m_ui->planWhatErrorLabel},
        {"planWho", m_ui->planWhoLineEdit, m_ui->planWhoErrorLabel},
        {"planWhere", m_ui->planWhereLineEdit, m_ui->planWhereErrorLabel},
        {"planWhen", m_ui->planWhenLineEdit, m_ui->planWhenErrorLabel},
        {"dataPlan", m_ui->dataPlanTextEdit, m_ui->dataPlanErrorLabel},
        {"doWhatHappened", m_ui->doWhatHappenedTextEdit, m_ui->doWhatHappenedErrorLabel},
        {"doProblems", m_ui->doProblemsTextEdit, m_ui->doProblemsErrorLabel},
        {"doPlanChanges", m_ui->doPlanChangesTextEdit, m_ui->doPlanChangesErrorLabel},
        {"doObservations", m_ui->doObservationsTextEdit, m_ui->doObservationsErrorLabel},
        {"studyResult", m_ui->studyResultTextEdit, m_ui->studyResultErrorLabel},
        {"studyLearning", m_ui->studyLearningTextEdit, m_ui->studyLearningErrorLabel},
        {"nextStep", m_ui->nextStepTextEdit, m_ui->nextStepErrorLabel},
    };
    for (const Field& f : fields) {
        const QString field = QString::fromLatin1(f.name);
        m_fieldWidgets.insert(field, f.widget);
        m_errorLabels.insert(field, f.errorLabel);
    }
    m_fieldWidgets.insert(QStringLiteral("title"), m_ui->titleLineEdit);
    m_fieldWidgets.insert(QStringLiteral("decision"), m_ui->adoptRadioButton);
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->setStyleSheet(QString::fromLatin1(kErrorStyle));
        label->setWordWrap(true);
        label->hide();
    }

    // Every edit makes the form dirty, so nothing typed is lost silently.
    for (QLineEdit* e : findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            connect(e, &QLineEdit::textEdited, this, &PdsaEditor::markDirty);
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        connect(e, &QPlainTextEdit::textChanged, this, &PdsaEditor::markDirty);
    for (QComboBox* c : {m_ui->changeIdeaComboBox, m_ui->responsibleComboBox})
        connect(c, &QComboBox::currentIndexChanged, this, &PdsaEditor::markDirty);
    connect(m_ui->numberSpinBox, &QSpinBox::valueChanged, this, &PdsaEditor::markDirty);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &PdsaEditor::markDirty);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &PdsaEditor::markDirty);
    connect(m_ui->measuresListWidget, &QListWidget::itemChanged, this, &PdsaEditor::markDirty);
    for (QRadioButton* r :
         {m_ui->adoptRadioButton, m_ui->adaptRadioButton, m_ui->abandonRadioButton, m_ui->expandRadioButton})
        connect(r, &QRadioButton::toggled, this, &PdsaEditor::markDirty);

    connect(m_ui->planStageButton, &QPushButton::clicked, this, [this] { goToStage(PlanStage); });
    connect(m_ui->doStageButton, &QPushButton::clicked, this, [this] { goToStage(DoStage); });
    connect(m_ui->studyStageButton, &QPushButton::clicked, this, [this] { goToStage(StudyStage); });
    connect(m_ui->actStageButton, &QPushButton::clicked, this, [this] { goToStage(ActStage); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PdsaEditor::save);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &PdsaEditor::updateStageButtons);
    m_history = RecordHistoryDialog::addButton(
        m_ui->saveButton, 0, m_workspace, QStringLiteral("pdsa_cycle"),
        tr("Who changed this cycle, when, and what"), [this] {
            return RecordHistoryDialog::Record{m_cycle.id.value, m_cycle.title};
        });
    connect(m_ui->nextStageButton, &QPushButton::clicked, this, [this] {
        const Stage shown = shownStage();
        if (shown == ActStage)
            complete();
        else
            goToStage(static_cast<Stage>(shown + 1));
    });
    showStage(PlanStage);
}

PdsaEditor::~PdsaEditor() = default;

void PdsaEditor::setChoices(const QList<ChangeIdea>& ideas, const QList<Measure>& measures,
                            const QList<Person>& people) {
    m_loading = true;
    m_binding->setChoices(ideas, measures, people);
    m_loading = false;
}

void PdsaEditor::openCycle(const PdsaCycle& cycle) {
    m_cycle = cycle;
    revert();
    showStage(reachedStage());
}

void PdsaEditor::newCycle(BotilbudId botilbud, std::optional<ChangeIdeaId> idea) {
    PdsaCycle blank;
    blank.botilbudId = botilbud;
    blank.changeIdeaId = idea;
    blank.startDate = QDate::currentDate();
    auto next = m_workspace.pdsa().nextNumber(botilbud);
    blank.number = next ? next.value() : 1;
    openCycle(blank);
    m_ui->titleLineEdit->setFocus();
}

void PdsaEditor::revert() {
    m_loading = true;
    m_binding->fill(m_cycle);
    m_loading = false;
    clearIssues();
    setDirty(false);
    updateHeading();
    updateStageButtons();
}

PdsaEditor::Stage PdsaEditor::reachedStage() const {
    switch (m_cycle.status) {
    case PdsaStatus::Planned:
        return PlanStage;
    case PdsaStatus::Doing:
        return DoStage;
    case PdsaStatus::Studying:
        return StudyStage;
    case PdsaStatus::Completed:
    case PdsaStatus::Abandoned:
        return ActStage;
    }
    return PlanStage;
}

PdsaEditor::Stage PdsaEditor::shownStage() const {
    return static_cast<Stage>(m_ui->stageStackedWidget->currentIndex());
}

bool PdsaEditor::goToStage(Stage stage) {
    const Stage reached = reachedStage();
    // Act is worked on while the cycle is being studied; its decision completes the cycle.
    if (stage <= reached || (stage == ActStage && reached == StudyStage)) {
        showStage(stage);
        return true;
    }
    PdsaCycle moved = m_binding->collect(m_cycle);
    moved.status = stage == DoStage ? PdsaStatus::Doing : PdsaStatus::Studying;
    if (!write(moved)) return false;
    showStage(stage);
    return true;
}

bool PdsaEditor::save() {
    return write(m_binding->collect(m_cycle));
}

void PdsaEditor::complete() {
    PdsaCycle done = m_binding->collect(m_cycle);
    done.status = done.decision == ActDecision::Abandon ? PdsaStatus::Abandoned : PdsaStatus::Completed;
    const bool offer = done.decision == ActDecision::Adapt || done.decision == ActDecision::Expand;
    if (!write(done)) return;
    if (offer) offerNextCycle(m_cycle);
}

bool PdsaEditor::write(PdsaCycle cycle) {
    clearIssues();
    const ValidationIssues issues = services::PdsaService::check(cycle);
    if (!issues.isEmpty()) {
        showIssues(issues);
        return false;
    }
    auto saved = m_workspace.pdsa().save(cycle);
    if (!saved && saved.error().conflict) return resolveConflict(cycle);
    if (!saved) {
        logging::get("app")->error("PDSA cycle not saved: {}", saved.error().message.toStdString());
        m_ui->messageLabel->setText(tr("The PDSA cycle could not be saved: %1").arg(saved.error().display()));
        m_ui->messageLabel->show();
        return false;
    }
    cycle = saved.value(); // its id and new row version
    m_cycle = cycle;
    setDirty(false);
    updateHeading();
    updateStageButtons();
    m_workspace.noteSaved();
    emit cycleSaved(cycle.id);
    return true;
}

bool PdsaEditor::resolveConflict(PdsaCycle mine) {
    auto theirs = m_workspace.pdsa().current(mine.id);
    if (!theirs) {
        m_dialogs.warning(this, tr("PDSA cycle"), theirs.error().display());
        return false;
    }
    logging::get("app")->info("PDSA cycle {} was saved elsewhere meanwhile", mine.id.value);
    switch (m_dialogs.resolveConflict(this, tr("PDSA cycle %1 was changed by someone else").arg(mine.number),
                                      ConflictDifferences::between(mine, theirs.value()))) {
    case DialogService::ConflictChoice::KeepMine:
        // Saved over the version now stored; should yet another save come between, ask again.
        mine.rowVersion = theirs->rowVersion;
        return write(mine);
    case DialogService::ConflictChoice::TakeTheirs:
        openCycle(theirs.value());
        emit cycleSaved(mine.id); // the list shows the stored version too
        return false;
    case DialogService::ConflictChoice::Cancel:
        break;
    }
    m_ui->messageLabel->setText(
        tr("Not saved: someone else saved this cycle meanwhile. Save again to choose."));
    m_ui->messageLabel->show();
    return false;
}

void PdsaEditor::offerNextCycle(const PdsaCycle& finished) {
    auto number = m_workspace.pdsa().nextNumber(finished.botilbudId);
    const int next = number ? number.value() : finished.number + 1;
    if (!m_dialogs.question(
            this, tr("Next cycle in the ramp"),
            tr("You chose \"%1\". Create PDSA cycle %2 as the next cycle in the ramp? It gets the "
               "same change idea, measures and plan, so you only change what is new.")
                .arg(DomainLabels::label(*finished.decision))
                .arg(next)))
        return;
    PdsaCycle follow;
    follow.botilbudId = finished.botilbudId;
    follow.number = next;
    follow.title = finished.title;
    follow.aimId = finished.aimId;
    follow.changeIdeaId = finished.changeIdeaId;
    follow.measureIds = finished.measureIds;
    follow.responsibleId = finished.responsibleId;
    follow.parentId = finished.id;
    follow.startDate = QDate::currentDate();
    follow.question = finished.question;
    follow.prediction = finished.prediction;
    follow.planWhat = finished.planWhat;
    follow.planWho = finished.planWho;
    follow.planWhere = finished.planWhere;
    follow.planWhen = finished.planWhen;
    follow.dataPlan = finished.dataPlan;
    auto added = m_workspace.pdsa().save(follow);
    if (!added) {
        m_dialogs.warning(this, tr("Next cycle in the ramp"),
                          tr("The next cycle could not be created: %1").arg(added.error().display()));
        return;
    }
    follow = added.value();
    openCycle(follow);
    m_ui->titleLineEdit->setFocus();
    emit cycleSaved(follow.id);
}

void PdsaEditor::markDirty() {
    if (!m_loading) setDirty(true);
}

void PdsaEditor::setDirty(bool dirty) {
    if (m_dirty == dirty) return;
    m_dirty = dirty;
    updateHeading();
    emit dirtyChanged(dirty);
}

void PdsaEditor::showStage(Stage stage) {
    // The stack takes the height of the page shown, not of the tallest page (Plan), so the
    // shorter pages are not spread out over empty space.
    for (int page = 0; page < m_ui->stageStackedWidget->count(); ++page)
        m_ui->stageStackedWidget->widget(page)->setSizePolicy(
            QSizePolicy::Preferred, page == stage ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->stageStackedWidget->setCurrentIndex(stage);
    m_ui->stageStackedWidget->adjustSize();
    if (stage == StudyStage) {
        const QString prediction = m_ui->predictionTextEdit->toPlainText().trimmed();
        m_ui->studyPredictionTextLabel->setText(prediction.isEmpty() ? tr("(no prediction written)")
                                                                     : prediction);
    }
    updateStageButtons();
}

void PdsaEditor::updateStageButtons() {
    QPushButton* buttons[] = {m_ui->planStageButton, m_ui->doStageButton, m_ui->studyStageButton,
                              m_ui->actStageButton};
    const Stage shown = shownStage();
    const Stage reached = reachedStage();
    for (int i = 0; i < 4; ++i) {
        buttons[i]->setChecked(i == shown);
        // Shown: dark; reached: green; ahead: plain. The number of the stage says the same.
        const char* style = i == shown
                                ? "QPushButton { background: #1f5f99; color: white; font-weight: bold; }"
                            : i <= reached ? "QPushButton { background: #d7eedb; color: #1b4d20; }"
                                           : "QPushButton { color: palette(text); }";
        buttons[i]->setStyleSheet(QString::fromLatin1(style));
    }
    switch (shown) {
    case PlanStage:
        m_ui->nextStageButton->setText(tr("Go on to Do: carry out the test →"));
        break;
    case DoStage:
        m_ui->nextStageButton->setText(tr("Go on to Study →"));
        break;
    case StudyStage:
        m_ui->nextStageButton->setText(tr("Go on to Act →"));
        break;
    case ActStage:
        m_ui->nextStageButton->setText(tr("Complete the cycle"));
        break;
    }
    const auto may = m_workspace.may(services::AccessAction::EditPdsa);
    gateControl(m_ui->saveButton, may);
    m_history->setVisible(m_cycle.id.isValid());
    gateControl(m_ui->nextStageButton, may);
}

void PdsaEditor::updateHeading() {
    // The title is in the field just below; the heading names the cycle by its number.
    QString heading = m_cycle.id.isValid() ? tr("PDSA cycle %1").arg(m_cycle.number) : tr("New PDSA cycle");
    if (m_dirty) heading += tr(" (not saved)");
    m_ui->editorHeadingLabel->setText(heading);
    m_ui->statusLabel->setText(tr("Status: %1").arg(DomainLabels::label(m_cycle.status)));
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                         .arg(models::PdsaTreeModel::statusColour(m_cycle.status).name()));
}

void PdsaEditor::clearIssues() {
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_ui->messageLabel->hide();
}

QLabel* PdsaEditor::errorLabelFor(const QString& field) {
    return m_errorLabels.value(field, m_ui->messageLabel);
}

void PdsaEditor::showIssues(const ValidationIssues& issues) {
    QHash<QLabel*, QStringList> texts;
    for (const ValidationIssue& issue : issues)
        texts[errorLabelFor(issue.field)] << issue.message;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
    // Bring the first field with a problem into view and give it the focus.
    QWidget* first = m_fieldWidgets.value(issues.first().field);
    if (!first) return;
    for (int page = 0; page < m_ui->stageStackedWidget->count(); ++page) {
        if (m_ui->stageStackedWidget->widget(page)->isAncestorOf(first)) {
            m_ui->stageStackedWidget->setCurrentIndex(page);
            updateStageButtons();
        }
    }
    first->setFocus();
}

} // namespace medsafe::app
