#include "app/startup/WorkflowPage.h"

#include "app/IssueLabel.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/PharmacyForms.h"
#include "domain/Taxonomy.h"
#include "domain/startup/StartupLabels.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {

const QColor kHighRisk(0x9b, 0x1c, 0x1c);
const QColor kMediumRisk(0xa8, 0x55, 0x00);

QPlainTextEdit* textBox(QWidget* parent, const QString& objectName, const QString& placeholder) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(44);
    edit->setMaximumHeight(72);
    return edit;
}

// Risk shown in words with a symbol, so colour is never the only sign.
QString riskText(RiskLevel level) {
    switch (level) {
    case RiskLevel::High:
        return QStringLiteral("▲ ") + StartupLabels::label(level);
    case RiskLevel::Medium:
        return QStringLiteral("● ") + StartupLabels::label(level);
    case RiskLevel::Low:
        return QStringLiteral("▼ ") + StartupLabels::label(level);
    case RiskLevel::NotAssessed:
        return StartupLabels::label(level);
    }
    return {};
}

} // namespace

WorkflowPage::WorkflowPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs), m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("workflowPage"));

    // The analysis: which one, when, who took part.
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("analysisKindComboBox"));
    m_kindCombo->addItem(tr("Before (phase 1)"), static_cast<int>(AnalysisKind::Before));
    m_kindCombo->addItem(tr("After (phase 3)"), static_cast<int>(AnalysisKind::After));
    m_date = PharmacyForms::dateEdit(this, QStringLiteral("analysedOnDateEdit"));
    m_participants = new QLineEdit(this);
    m_participants->setObjectName(QStringLiteral("participantsLineEdit"));
    m_participants->setPlaceholderText(tr("Who took part, e.g. tovholder, leader, two staff"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("analysisNoteLineEdit"));
    m_note->setPlaceholderText(tr("How the analysis was made, what stood out"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("analysisStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* header = new QGridLayout;
    header->addWidget(new QLabel(tr("Analysis"), this), 0, 0);
    header->addWidget(m_kindCombo, 0, 1);
    header->addWidget(new QLabel(tr("Date"), this), 0, 2);
    header->addWidget(m_date, 0, 3);
    header->addWidget(new QLabel(tr("Participants"), this), 0, 4);
    header->addWidget(m_participants, 0, 5);
    header->addWidget(new QLabel(tr("Note"), this), 1, 0);
    header->addWidget(m_note, 1, 1, 1, 5);
    header->setColumnStretch(5, 1);

    // The steps in process order, with the incidents of each stage.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("stepTable"));
    PharmacyForms::setUpTable(m_table);
    m_table->setModel(m_model);
    m_extraStage = new QComboBox(this);
    m_extraStage->setObjectName(QStringLiteral("extraStageComboBox"));
    m_addStep = PharmacyForms::button(tr("Add step"), this, QStringLiteral("addStepButton"));
    m_addStep->setToolTip(tr("Add one of the incident taxonomy's other stages as a step"));
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    auto* extraRow = new QHBoxLayout;
    extraRow->addWidget(m_extraStage, 1);
    extraRow->addWidget(m_addStep);
    listLayout->addLayout(extraRow);

    // The chosen step: who, how, risks; and its findings.
    m_stepBox = new QGroupBox(this);
    m_performedBy = new QLineEdit(m_stepBox);
    m_performedBy->setObjectName(QStringLiteral("performedByLineEdit"));
    m_performedBy->setPlaceholderText(tr("e.g. the staff member on the day shift"));
    m_how = textBox(m_stepBox, QStringLiteral("howTextEdit"), tr("How it is done today"));
    m_risks = textBox(m_stepBox, QStringLiteral("risksTextEdit"), tr("What can go wrong here"));
    m_riskLevel = new QComboBox(m_stepBox);
    m_riskLevel->setObjectName(QStringLiteral("riskLevelComboBox"));
    for (RiskLevel level : allValues<RiskLevel>())
        m_riskLevel->addItem(StartupLabels::label(level), static_cast<int>(level));
    m_stepCount = new QLabel(m_stepBox);
    m_stepCount->setObjectName(QStringLiteral("stepIncidentsLabel"));
    m_findingList = new QListWidget(m_stepBox);
    m_findingList->setObjectName(QStringLiteral("findingList"));
    m_findingList->setWordWrap(true);
    m_findingList->setMinimumHeight(48);
    m_findingText = new QLineEdit(m_stepBox);
    m_findingText->setObjectName(QStringLiteral("findingLineEdit"));
    m_findingText->setPlaceholderText(tr("A finding about this step"));
    m_addFinding = PharmacyForms::button(tr("Add"), m_stepBox, QStringLiteral("addFindingButton"));
    m_saveFinding = PharmacyForms::button(tr("Change"), m_stepBox, QStringLiteral("saveFindingButton"));
    m_removeFinding = PharmacyForms::button(tr("Remove"), m_stepBox, QStringLiteral("removeFindingButton"));
    m_driver = new QComboBox(m_stepBox);
    m_driver->setObjectName(QStringLiteral("ideaDriverComboBox"));
    m_makeIdea =
        PharmacyForms::button(tr("Make a change idea"), m_stepBox, QStringLiteral("makeChangeIdeaButton"));
    m_makeIdea->setToolTip(
        tr("Take the chosen finding into the driver diagram as a change idea, to test in PDSA "
           "cycles."));

    auto* stepForm = new QFormLayout(m_stepBox);
    stepForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_performedBy, 1);
    whoRow->addWidget(m_stepCount);
    stepForm->addRow(tr("Who *"), whoRow);
    stepForm->addRow(tr("How *"), m_how);
    stepForm->addRow(tr("Known risks"), m_risks);
    stepForm->addRow(tr("Risk level"), m_riskLevel);
    stepForm->addRow(tr("Findings"), m_findingList);
    auto* findingRow = new QHBoxLayout;
    findingRow->addWidget(m_findingText, 1);
    findingRow->addWidget(m_addFinding);
    findingRow->addWidget(m_saveFinding);
    findingRow->addWidget(m_removeFinding);
    stepForm->addRow(QString(), findingRow);
    auto* ideaRow = new QHBoxLayout;
    ideaRow->addWidget(m_driver, 1);
    ideaRow->addWidget(m_makeIdea);
    stepForm->addRow(tr("Driver"), ideaRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_stepBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);

    m_problem = PharmacyForms::problemLabel(this, QStringLiteral("analysisProblemLabel"));
    m_save = PharmacyForms::button(tr("Save analysis"), this, QStringLiteral("saveAnalysisButton"));
    m_revert = PharmacyForms::button(tr("Undo changes"), this, QStringLiteral("revertAnalysisButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) return;
        const auto kind = static_cast<AnalysisKind>(m_kindCombo->currentData().toInt());
        if (!showKind(kind)) {
            const QScopedValueRollback filling(m_filling, true);
            m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(m_kind)));
        }
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_filling) return;
        syncHeader();
        readCounts();
        fillTable();
        showStep(m_step);
    });
    connect(m_participants, &QLineEdit::textChanged, this, [this] { syncHeader(); });
    connect(m_note, &QLineEdit::textChanged, this, [this] { syncHeader(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_filling && current.isValid()) showStep(current.row());
            });
    connect(m_performedBy, &QLineEdit::textChanged, this, [this] { syncStep(); });
    connect(m_how, &QPlainTextEdit::textChanged, this, [this] { syncStep(); });
    connect(m_risks, &QPlainTextEdit::textChanged, this, [this] { syncStep(); });
    connect(m_riskLevel, &QComboBox::currentIndexChanged, this, [this] { syncStep(); });
    connect(m_addStep, &QPushButton::clicked, this, &WorkflowPage::addExtraStep);
    connect(m_findingList, &QListWidget::currentRowChanged, this, [this] {
        if (const WorkflowFinding* f = chosenFinding()) m_findingText->setText(f->finding);
        updateState();
    });
    connect(m_findingText, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_findingText, &QLineEdit::returnPressed, this, [this] {
        if (m_addFinding->isEnabled()) addFinding(m_findingText->text());
    });
    connect(m_addFinding, &QPushButton::clicked, this, [this] { addFinding(m_findingText->text()); });
    connect(m_saveFinding, &QPushButton::clicked, this, &WorkflowPage::saveFinding);
    connect(m_removeFinding, &QPushButton::clicked, this, &WorkflowPage::removeFinding);
    connect(m_makeIdea, &QPushButton::clicked, this, &WorkflowPage::makeChangeIdea);
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revert, &QPushButton::clicked, this, &WorkflowPage::discardChanges);
}

void WorkflowPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto drivers = workspace.improvement().drivers(botilbud);
    auto ideas = workspace.improvement().changeIdeas(botilbud);
    if (!drivers || !ideas) {
        m_dialogs.warning(this, tr("Workflow analysis"),
                          tr("The workflow analysis could not be read: %1")
                              .arg((!drivers ? drivers.error() : ideas.error()).display()));
        return;
    }
    m_drivers = *drivers;
    m_ideas = *ideas;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_driver->clear();
        m_driver->addItem(tr("(not placed yet)"), 0);
        for (const Driver& d : m_drivers)
            m_driver->addItem(d.text, d.id.value);
    }
    readAnalysis();
}

bool WorkflowPage::showKind(AnalysisKind kind) {
    if (kind == m_kind && m_workspace) return true;
    if (!settle()) return false;
    m_kind = kind;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(kind)));
    }
    if (m_workspace) readAnalysis();
    return true;
}

void WorkflowPage::readAnalysis() {
    const services::WorkflowService service = m_workspace->workflow();
    auto stored = service.analysis(m_botilbud, m_kind);
    auto findings = service.findings(m_botilbud);
    if (!stored || !findings) {
        m_dialogs.warning(this, tr("Workflow analysis"),
                          tr("The workflow analysis could not be read: %1")
                              .arg((!stored ? stored.error() : findings.error()).display()));
        return;
    }
    m_loaded = *stored;
    m_findings = *findings;
    m_edited = m_loaded ? *m_loaded : services::WorkflowService::newAnalysis(m_botilbud, m_kind, m_today);
    const ProcessStage keep = m_step >= 0 && m_step < m_edited.steps.size() ? m_edited.steps.at(m_step).stage
                                                                            : ProcessStage::Ordination;
    readCounts();
    fillHeader();
    fillTable();
    if (!selectStep(keep)) showStep(m_edited.steps.isEmpty() ? -1 : 0);
}

void WorkflowPage::readCounts() {
    auto counts = m_workspace->workflow().incidentsByStage(m_botilbud, m_edited.analysedOn);
    m_counts = counts ? *counts : QMap<ProcessStage, int>();
}

void WorkflowPage::fillHeader() {
    const QScopedValueRollback filling(m_filling, true);
    m_date->setDate(m_edited.analysedOn.isValid() ? m_edited.analysedOn : m_today);
    m_participants->setText(m_edited.participants);
    m_note->setText(m_edited.note);
    m_extraStage->clear();
    for (const CodeLabel& entry : Taxonomy::entries<ProcessStage>()) {
        const auto stage = fromCode<ProcessStage>(entry.code);
        if (stage && !m_edited.step(*stage)) m_extraStage->addItem(entry.label, static_cast<int>(*stage));
    }
}

QString WorkflowPage::countText(ProcessStage stage) const {
    return tr("%n incident(s)", nullptr, m_counts.value(stage));
}

void WorkflowPage::fillTable() {
    const QScopedValueRollback filling(m_filling, true);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Step"), tr("Who"), tr("Risk level"), tr("Incidents"), tr("Findings")});
    for (int i = 0; i < m_edited.steps.size(); ++i) {
        QList<QStandardItem*> items;
        for (int c = 0; c < 5; ++c)
            items << new QStandardItem;
        m_model->appendRow(items);
        refreshRow(i);
    }
    // Who takes the room that is left; the other columns are as wide as their contents.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c : {0, 2, 3, 4})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_model->horizontalHeaderItem(3)->setToolTip(
        tr("Incidents of the step's stage in the 12 months up to the analysis' date"));
    if (m_step >= 0 && m_step < m_model->rowCount()) m_table->setCurrentIndex(m_model->index(m_step, 0));
    const QDate day = m_edited.analysedOn;
    QString status = m_loaded ? tr("Saved analysis.") : tr("Not made yet: describe the steps and save.");
    status += u' ' + tr("Incidents are counted in the 12 months up to the analysis' date (%1 – %2).")
                         .arg(PharmacyForms::shortDate(services::WorkflowService::incidentWindowStart(day)),
                              PharmacyForms::shortDate(day));
    m_statusLabel->setText(status);
}

void WorkflowPage::refreshRow(int index) {
    if (index < 0 || index >= m_edited.steps.size() || index >= m_model->rowCount()) return;
    const WorkflowStep& step = m_edited.steps.at(index);
    const int findings =
        int(std::count_if(m_findings.cbegin(), m_findings.cend(), [&](const WorkflowFinding& f) {
            return step.id.isValid() && f.stepId == step.id;
        }));
    const QString name = QStringLiteral("%1. %2").arg(index + 1).arg(StartupLabels::stepLabel(step.stage));
    m_model->item(index, 0)->setText(step.isDescribed() ? name : name + QStringLiteral(" ✎"));
    m_model->item(index, 0)->setToolTip(step.isDescribed() ? Taxonomy::label(step.stage)
                                                           : tr("Not described yet: who and how"));
    m_model->item(index, 1)->setText(step.performedBy);
    m_model->item(index, 1)->setToolTip(step.performedBy);
    m_model->item(index, 2)->setText(riskText(step.riskLevel));
    m_model->item(index, 3)->setText(QString::number(m_counts.value(step.stage)));
    m_model->item(index, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->item(index, 4)->setText(findings > 0 ? QString::number(findings) : QString());
    m_model->item(index, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QColor colour = step.riskLevel == RiskLevel::High     ? kHighRisk
                          : step.riskLevel == RiskLevel::Medium ? kMediumRisk
                                                                : QColor();
    m_model->item(index, 2)->setForeground(colour.isValid() ? QBrush(colour) : QBrush());
}

void WorkflowPage::showStep(int index) {
    const QScopedValueRollback filling(m_filling, true);
    m_step = index;
    const bool has = index >= 0 && index < m_edited.steps.size();
    m_stepBox->setEnabled(has);
    if (!has) {
        m_stepBox->setTitle(tr("No step chosen"));
        m_findingList->clear();
        m_filling = false;
        updateState();
        return;
    }
    const WorkflowStep& step = m_edited.steps.at(index);
    m_stepBox->setTitle(tr("Step %1: %2").arg(index + 1).arg(StartupLabels::stepLabel(step.stage)));
    m_performedBy->setText(step.performedBy);
    m_how->setPlainText(step.how);
    m_risks->setPlainText(step.risks);
    m_riskLevel->setCurrentIndex(m_riskLevel->findData(static_cast<int>(step.riskLevel)));
    m_stepCount->setText(countText(step.stage));
    m_stepCount->setToolTip(tr("Incidents of the stage \"%1\" in the 12 months up to the analysis' date")
                                .arg(Taxonomy::label(step.stage)));
    m_findingText->clear();
    fillFindings();
    m_filling = false;
    updateState();
}

void WorkflowPage::fillFindings() {
    const QSignalBlocker block(m_findingList);
    m_findingList->clear();
    if (m_step < 0 || m_step >= m_edited.steps.size()) return;
    const WorkflowStepId stepId = m_edited.steps.at(m_step).id;
    for (const WorkflowFinding& f : std::as_const(m_findings)) {
        if (!stepId.isValid() || f.stepId != stepId) continue;
        QString text = f.finding;
        if (f.changeIdeaId) {
            QString idea;
            for (const ChangeIdea& i : m_ideas)
                if (i.id == *f.changeIdeaId) idea = i.title;
            text += QStringLiteral("\n→ ") + tr("change idea \"%1\"").arg(idea);
        }
        auto* item = new QListWidgetItem(text, m_findingList);
        item->setData(Qt::UserRole, f.id.value);
        item->setToolTip(text);
    }
}

void WorkflowPage::syncHeader() {
    if (m_filling) return;
    m_edited.analysedOn = m_date->date();
    m_edited.participants = m_participants->text().trimmed();
    m_edited.note = m_note->text().trimmed();
    updateState();
}

void WorkflowPage::syncStep() {
    if (m_filling || m_step < 0 || m_step >= m_edited.steps.size()) return;
    WorkflowStep& step = m_edited.steps[m_step];
    step.performedBy = m_performedBy->text().trimmed();
    step.how = m_how->toPlainText().trimmed();
    step.risks = m_risks->toPlainText().trimmed();
    step.riskLevel = static_cast<RiskLevel>(m_riskLevel->currentData().toInt());
    refreshRow(m_step);
    updateState();
}

WorkflowFinding* WorkflowPage::chosenFinding() {
    const QListWidgetItem* item = m_findingList->currentItem();
    if (!item) return nullptr;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (WorkflowFinding& f : m_findings)
        if (f.id.value == id) return &f;
    return nullptr;
}

void WorkflowPage::updateState() {
    if (m_filling) return;
    const bool dirty = hasUnsavedChanges();
    m_revert->setEnabled(dirty);
    m_problem->setVisible(!m_problem->text().isEmpty() && dirty);
    if (!m_workspace) return;
    const auto may = m_workspace->may(services::AccessAction::EditStartupWork, m_botilbud);
    gateControl(m_save, may, dirty);
    for (QWidget* field : std::initializer_list<QWidget*>{m_date, m_participants, m_note, m_performedBy,
                                                          m_how, m_risks, m_riskLevel})
        field->setEnabled(may.allowed);
    gateControl(m_addStep, may, m_extraStage->count() > 0);
    const bool stored =
        m_step >= 0 && m_step < m_edited.steps.size() && m_edited.steps.at(m_step).id.isValid();
    const WorkflowFinding* chosen = chosenFinding();
    const bool text = !m_findingText->text().trimmed().isEmpty();
    gateControl(m_addFinding, may, stored && text);
    gateControl(m_saveFinding, may, chosen && text && m_findingText->text().trimmed() != chosen->finding);
    gateControl(m_removeFinding, may, chosen != nullptr);
    m_findingText->setEnabled(may.allowed && stored);
    m_findingText->setToolTip(stored ? QString()
                                     : tr("Save the analysis first; then add the step's findings."));
    auto mayIdea = m_workspace->may(services::AccessAction::EditImprovement, m_botilbud);
    if (!may.allowed) mayIdea = may;
    gateControl(m_makeIdea, mayIdea, chosen && !chosen->changeIdeaId);
    m_driver->setEnabled(m_makeIdea->isEnabled());
}

bool WorkflowPage::hasUnsavedChanges() const {
    if (!m_workspace) return false;
    if (m_loaded) return !(m_edited == *m_loaded);
    const auto blank = services::WorkflowService::newAnalysis(m_botilbud, m_kind, m_edited.analysedOn);
    return !(m_edited == blank);
}

bool WorkflowPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    // Only the steps changed here are sent, so a colleague's save of another step is no conflict.
    WorkflowAnalysis changed = m_edited;
    if (m_loaded) {
        changed.steps.clear();
        for (const WorkflowStep& step : std::as_const(m_edited.steps)) {
            const WorkflowStep* before = nullptr;
            for (const WorkflowStep& s : m_loaded->steps)
                if (step.id.isValid() && s.id == step.id) before = &s;
            if (!before || !(*before == step)) changed.steps << step;
        }
    }
    const auto issues = services::WorkflowService::check(m_edited, m_today);
    if (!issues.isEmpty()) {
        showIssueMessages(m_problem, issues);
        return false;
    }
    m_problem->clear();
    auto saved = m_workspace->workflow().save(changed, m_today);
    if (!saved) {
        m_dialogs.warning(this, tr("Workflow analysis"),
                          tr("The workflow analysis was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    readAnalysis();
    emit this->saved();
    return true;
}

void WorkflowPage::discardChanges() {
    if (!m_workspace) return;
    m_problem->clear();
    m_edited = m_loaded ? *m_loaded : services::WorkflowService::newAnalysis(m_botilbud, m_kind, m_today);
    const int keep = m_step;
    readCounts();
    fillHeader();
    fillTable();
    showStep(keep < m_edited.steps.size() ? keep : 0);
}

bool WorkflowPage::settle() {
    return m_dialogs.settle(this, *this, tr("Unsaved changes"), tr("The workflow analysis has changes that are not saved. Save them now?"));
}

bool WorkflowPage::selectStep(ProcessStage stage) {
    for (int i = 0; i < m_edited.steps.size(); ++i) {
        if (m_edited.steps.at(i).stage != stage) continue;
        {
            const QScopedValueRollback filling(m_filling, true);
            m_table->setCurrentIndex(m_model->index(i, 0));
        }
        showStep(i);
        return true;
    }
    return false;
}

void WorkflowPage::addExtraStep() {
    if (m_extraStage->count() == 0) return;
    WorkflowStep step;
    step.stage = static_cast<ProcessStage>(m_extraStage->currentData().toInt());
    m_edited.steps << step;
    fillHeader();
    fillTable();
    selectStep(step.stage);
    m_performedBy->setFocus();
}

bool WorkflowPage::addFinding(const QString& text) {
    if (!m_workspace || m_step < 0 || !m_edited.steps.at(m_step).id.isValid()) return false;
    WorkflowFinding finding;
    finding.stepId = m_edited.steps.at(m_step).id;
    finding.finding = text.trimmed();
    if (const auto issues = services::WorkflowService::check(finding); !issues.isEmpty()) {
        m_dialogs.warning(this, tr("Findings"), issues.first().message);
        return false;
    }
    auto saved = m_workspace->workflow().saveFinding(m_botilbud, finding);
    if (!saved) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The finding was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    finding.id = *saved;
    finding.rowVersion.value = 1;
    m_findings << finding;
    m_findingText->clear();
    fillFindings();
    refreshRow(m_step);
    updateState();
    emit this->saved();
    return true;
}

void WorkflowPage::saveFinding() {
    WorkflowFinding* chosen = chosenFinding();
    if (!m_workspace || !chosen) return;
    WorkflowFinding changed = *chosen;
    changed.finding = m_findingText->text().trimmed();
    auto saved = m_workspace->workflow().saveFinding(m_botilbud, changed);
    if (!saved) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The finding was not saved:\n%1").arg(saved.error().display()));
        return;
    }
    auto all = m_workspace->workflow().findings(m_botilbud);
    if (all) m_findings = *all;
    fillFindings();
    updateState();
    emit this->saved();
}

void WorkflowPage::removeFinding() {
    const WorkflowFinding* chosen = chosenFinding();
    if (!m_workspace || !chosen) return;
    if (!m_dialogs.question(
            this, tr("Remove finding"),
            tr("Remove the finding \"%1\"? A change idea made from it stays.").arg(chosen->finding)))
        return;
    if (auto removed = m_workspace->workflow().removeFinding(m_botilbud, chosen->id); !removed) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The finding was not removed:\n%1").arg(removed.error().display()));
        return;
    }
    auto all = m_workspace->workflow().findings(m_botilbud);
    if (all) m_findings = *all;
    m_findingText->clear();
    fillFindings();
    refreshRow(m_step);
    updateState();
    emit saved();
}

bool WorkflowPage::makeChangeIdea() {
    const WorkflowFinding* chosen = chosenFinding();
    if (!m_workspace || !chosen) return false;
    const WorkflowFindingId id = chosen->id;
    const qint64 driver = m_driver->currentData().toLongLong();
    auto made = m_workspace->workflow().makeChangeIdea(
        m_botilbud, id, driver > 0 ? std::optional<DriverId>(DriverId{driver}) : std::nullopt);
    if (!made) {
        m_dialogs.warning(this, tr("Findings"),
                          tr("The change idea was not made:\n%1").arg(made.error().display()));
        return false;
    }
    auto all = m_workspace->workflow().findings(m_botilbud);
    if (all) m_findings = *all;
    auto ideas = m_workspace->improvement().changeIdeas(m_botilbud);
    if (ideas) m_ideas = *ideas;
    fillFindings();
    for (int row = 0; row < m_findingList->count(); ++row)
        if (m_findingList->item(row)->data(Qt::UserRole).toLongLong() == id.value)
            m_findingList->setCurrentRow(row);
    updateState();
    emit saved();
    m_dialogs.information(
        this, tr("Change idea"),
        tr("The finding is now a change idea in the driver diagram (Improvement). Test it in a "
           "PDSA cycle from there."));
    return true;
}

} // namespace medsafe::app
