#include "app/improvement/ImprovementView.h"

#include "app/DialogService.h"
#include "app/improvement/DriverDiagramPage.h"
#include "app/improvement/ImprovementMeasuresPage.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"
#include "ui_ImprovementView.h"

#include <QAction>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
enum Tab { AimTab, DriverTab, MeasuresTab };
}

ImprovementView::ImprovementView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ImprovementView>()), m_workspace(workspace), m_dialogs(dialogs),
      m_driverPage(new DriverDiagramPage(workspace, dialogs, this)),
      m_measuresPage(new ImprovementMeasuresPage(workspace, dialogs, this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("improvementView"));
    m_ui->driverTabLayout->addWidget(m_driverPage);
    m_ui->measuresTabLayout->addWidget(m_measuresPage);
    QFont question = m_ui->question1Label->font();
    question.setBold(true);
    question.setPointSizeF(question.pointSizeF() * 1.1);
    for (QLabel* label : {m_ui->statementLabel, m_ui->question1Label, m_ui->question2Label, m_ui->question3Label})
        label->setFont(question);
    for (QLabel* label : {m_ui->statementErrorLabel, m_ui->targetDateErrorLabel}) {
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
    }
    m_ui->aimTargetDateEdit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));

    const auto dirty = [this] {
        if (!m_loading) m_aimDirty = true;
    };
    for (QPlainTextEdit* e : {m_ui->aimStatementTextEdit, m_ui->whatToAccomplishTextEdit, m_ui->howWillWeKnowTextEdit,
                              m_ui->whatChangesTextEdit})
        connect(e, &QPlainTextEdit::textChanged, this, dirty);
    connect(m_ui->aimTargetDateEdit, &QDateEdit::dateChanged, this, dirty);
    connect(m_ui->saveAimButton, &QPushButton::clicked, this, &ImprovementView::saveAim);

    auto* newAction = new QAction(tr("New change idea"), this);
    newAction->setObjectName(QStringLiteral("newChangeIdeaAction"));
    newAction->setShortcut(QKeySequence::New);
    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    auto* findAction = new QAction(tr("Search measures"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    // Window-wide, but a hidden view's actions do not fire, so the views never compete.
    for (QAction* a : {newAction, saveAction, findAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(newAction, &QAction::triggered, this, [this] {
        m_ui->improvementTabWidget->setCurrentIndex(DriverTab);
        m_driverPage->startNew(DriverDiagramPage::Kind::ChangeIdea);
    });
    connect(saveAction, &QAction::triggered, this, [this] {
        switch (m_ui->improvementTabWidget->currentIndex()) {
        case AimTab: saveAim(); break;
        case DriverTab: m_driverPage->save(); break;
        case MeasuresTab: m_measuresPage->save(); break;
        }
    });
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->improvementTabWidget->setCurrentIndex(MeasuresTab);
        m_measuresPage->focusSearch();
    });
    connect(&workspace, &services::Workspace::currentBotilbudChanged, this, [this] {
        if (isVisible()) reload();
    });
}

ImprovementView::~ImprovementView() = default;

void ImprovementView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Unsaved edits stay on screen; otherwise read again (PDSA counts change in the PDSA view).
    if (!hasUnsavedChanges()) reload();
}

bool ImprovementView::hasUnsavedChanges() const {
    return m_aimDirty || m_driverPage->isDirty() || m_measuresPage->isDirty();
}

bool ImprovementView::saveChanges() {
    if (m_aimDirty && !saveAim()) return false;
    if (m_driverPage->isDirty() && !m_driverPage->save()) return false;
    return !m_measuresPage->isDirty() || m_measuresPage->save();
}

void ImprovementView::discardChanges() {
    showAim();
    m_driverPage->discard();
    m_measuresPage->discard();
}

void ImprovementView::reload() {
    auto aims = m_workspace.improvement().aims(m_workspace.currentBotilbud());
    if (!aims) {
        logging::get("app")->error("improvement: could not read the aim: {}", aims.error().message.toStdString());
        m_dialogs.warning(this, tr("Improvement work"), tr("The aim could not be read: %1").arg(aims.error().display()));
    } else {
        // One aim per botilbud in this version; the first one is the one shown.
        m_aim = aims.value().isEmpty() ? std::nullopt : std::optional<Aim>(aims.value().first());
    }
    showAim();
    m_driverPage->reload();
    m_measuresPage->reload();
}

void ImprovementView::showAim() {
    m_loading = true;
    m_ui->aimStatementTextEdit->setPlainText(m_aim ? m_aim->statement : QString());
    m_ui->aimTargetDateEdit->setDate(m_aim && m_aim->targetDate.isValid() ? m_aim->targetDate
                                                                          : QDate::currentDate().addYears(2));
    m_ui->whatToAccomplishTextEdit->setPlainText(m_aim ? m_aim->whatToAccomplish : QString());
    m_ui->howWillWeKnowTextEdit->setPlainText(m_aim ? m_aim->howWillWeKnow : QString());
    m_ui->whatChangesTextEdit->setPlainText(m_aim ? m_aim->whatChanges : QString());
    m_ui->statementErrorLabel->hide();
    m_ui->targetDateErrorLabel->hide();
    m_loading = false;
    m_aimDirty = false;
}

bool ImprovementView::saveAim() {
    Aim aim = m_aim.value_or(Aim{});
    aim.botilbudId = m_workspace.currentBotilbud();
    aim.statement = m_ui->aimStatementTextEdit->toPlainText().trimmed();
    aim.targetDate = m_ui->aimTargetDateEdit->date();
    aim.whatToAccomplish = m_ui->whatToAccomplishTextEdit->toPlainText().trimmed();
    aim.howWillWeKnow = m_ui->howWillWeKnowTextEdit->toPlainText().trimmed();
    aim.whatChanges = m_ui->whatChangesTextEdit->toPlainText().trimmed();
    m_ui->statementErrorLabel->hide();
    m_ui->targetDateErrorLabel->hide();
    if (const auto issues = services::ImprovementService::check(aim); !issues.isEmpty()) {
        for (const auto& issue : issues) {
            QLabel* label = issue.field == QStringLiteral("targetDate") ? m_ui->targetDateErrorLabel : m_ui->statementErrorLabel;
            label->setText(issue.message);
            label->show();
        }
        m_ui->improvementTabWidget->setCurrentIndex(AimTab);
        m_ui->aimStatementTextEdit->setFocus();
        return false;
    }
    auto saved = m_workspace.improvement().saveAim(aim);
    if (!saved) {
        m_ui->statementErrorLabel->setText(tr("Not saved: %1").arg(saved.error().display()));
        m_ui->statementErrorLabel->show();
        return false;
    }
    aim.id = saved.value();
    m_aim = aim;
    m_aimDirty = false;
    m_workspace.noteSaved();
    m_driverPage->reload(); // the aim box shows the statement
    return true;
}

} // namespace medsafe::app
