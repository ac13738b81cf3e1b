#include "app/reports/ConsultantReportPanel.h"

#include "app/IssueLabel.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/reports/ReportOutput.h"
#include "app/reports/ReportPackageActions.h"
#include "app/reports/ReportPreviewBrowser.h"
#include "charts/ChartNumberFormat.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "report/ReportFormat.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/report/MonthlyReportService.h"
#include "services/workspace/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace medsafe::app {

ConsultantReportPanel::ConsultantReportPanel(services::Workspace& workspace, DialogService& dialogs,
                                             QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("consultantReportPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_preview = new ReportPreviewBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("consultantPreviewBrowser"));

    auto* side = new QWidget(splitter);
    side->setMinimumWidth(300);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->setSpacing(4);
    m_titleLabel = new QLabel(side);
    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    m_titleLabel->setWordWrap(true);
    sideLayout->addWidget(m_titleLabel);
    auto* feedbackLabel = new QLabel(tr("<b>&Feedback to the botilbud</b>"), side);
    sideLayout->addWidget(feedbackLabel);
    m_feedbackEdit = new QPlainTextEdit(side);
    m_feedbackEdit->setObjectName(QStringLiteral("feedbackEdit"));
    m_feedbackEdit->setPlaceholderText(
        tr("What the team does well, questions about the charts, suggestions for the next PDSA cycles."));
    m_feedbackEdit->setTabChangesFocus(true);
    feedbackLabel->setBuddy(m_feedbackEdit);
    sideLayout->addWidget(m_feedbackEdit, 1);
    m_errorLabel = new QLabel(side);
    m_errorLabel->setObjectName(QStringLiteral("feedbackErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    sideLayout->addWidget(m_errorLabel);
    m_feedbackStateLabel = new QLabel(side);
    m_feedbackStateLabel->setObjectName(QStringLiteral("feedbackStateLabel"));
    m_feedbackStateLabel->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    m_feedbackStateLabel->setWordWrap(true);
    sideLayout->addWidget(m_feedbackStateLabel);
    m_saveButton = new QPushButton(tr("Save feedback"), side);
    m_saveButton->setObjectName(QStringLiteral("saveFeedbackButton"));
    m_saveButton->setToolTip(tr("Save the feedback; the report's status becomes feedback received (Ctrl+S)"));
    m_exportFeedbackButton = new QPushButton(tr("Export feedback…"), side);
    m_exportFeedbackButton->setObjectName(QStringLiteral("exportFeedbackButton"));
    m_exportFeedbackButton->setToolTip(
        tr("Save the feedback as a package file to send back to the botilbud."));
    m_exportPdfButton = new QPushButton(tr("Export PDF…"), side);
    m_exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    sideLayout->addWidget(m_saveButton);
    sideLayout->addWidget(m_exportFeedbackButton);
    sideLayout->addWidget(m_exportPdfButton);
    auto* printButton = new QPushButton(tr("Print…"), side);
    printButton->setObjectName(QStringLiteral("printButton"));
    connect(printButton, &QPushButton::clicked, this, [this] {
        if (const auto content = chosenContent(tr("Print…")))
            ReportOutput::printMonthlyReport(this, *content);
    });
    sideLayout->addWidget(printButton);

    splitter->addWidget(m_preview);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 330});
    layout->addWidget(splitter);

    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &ConsultantReportPanel::saveFeedback);
    connect(m_saveButton, &QPushButton::clicked, this, &ConsultantReportPanel::saveFeedback);
    connect(m_exportFeedbackButton, &QPushButton::clicked, this, &ConsultantReportPanel::exportFeedback);
    connect(m_exportPdfButton, &QPushButton::clicked, this, &ConsultantReportPanel::exportPdf);
    connect(m_feedbackEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) m_dirty = m_feedbackEdit->toPlainText().trimmed() != m_storedFeedback.trimmed();
    });
    clear(tr("Choose a report in the grid to read it and write feedback."));
}

void ConsultantReportPanel::setEnabledActions(bool enabled) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_feedbackEdit, m_saveButton, m_exportFeedbackButton,
                                                      m_exportPdfButton})
        w->setEnabled(enabled);
}

void ConsultantReportPanel::clear(const QString& message) {
    m_botilbud = {};
    m_month = {};
    m_filling = true;
    m_feedbackEdit->clear();
    m_filling = false;
    m_storedFeedback.clear();
    m_dirty = false;
    m_errorLabel->hide();
    m_titleLabel->clear();
    m_feedbackStateLabel->clear();
    m_preview->showMessage(message);
    setEnabledActions(false);
}

void ConsultantReportPanel::discardChanges() {
    m_filling = true;
    m_feedbackEdit->setPlainText(m_storedFeedback);
    m_filling = false;
    m_dirty = false;
    m_errorLabel->hide();
}

void ConsultantReportPanel::showReport(const domain::Botilbud& botilbud, const QDate& month) {
    auto content = m_workspace.consultantOverview().content(botilbud, month);
    if (!content) {
        logging::get("reports")->error("could not read the report of {} {}: {}", botilbud.name.toStdString(),
                                       month.toString(Qt::ISODate).toStdString(),
                                       content.error().message.toStdString());
        clear(tr("The report could not be read: %1").arg(content.error().display()));
        return;
    }
    m_botilbud = botilbud;
    m_month = month;
    const domain::MonthlyReport& report = content->report;
    m_titleLabel->setText(QStringLiteral("<b>%1</b><br>%2 · %3")
                              .arg(botilbud.name.toHtmlEscaped(), charts::ChartNumberFormat::monthName(month),
                                   domain::DomainLabels::label(report.status)));
    m_storedFeedback = report.consultantFeedback;
    m_filling = true;
    m_feedbackEdit->setPlainText(report.consultantFeedback);
    m_filling = false;
    m_dirty = false;
    m_errorLabel->hide();
    m_feedbackStateLabel->setText(
        report.feedbackDate.isValid()
            ? tr("Feedback saved %1.").arg(charts::ChartNumberFormat::day(report.feedbackDate))
            : tr("No feedback written yet."));
    setEnabledActions(true);
    // Feedback travels back in a package only to a botilbud that sent one; a botilbud of this
    // database (the tovholder's own) reads it here directly.
    const bool packaged = botilbud.origin == domain::BotilbudOrigin::Package;
    m_exportFeedbackButton->setEnabled(packaged && report.status == domain::ReportStatus::FeedbackReceived);
    // Only the PS! consultant writes feedback.
    const auto mayWrite = m_workspace.may(services::AccessAction::WriteFeedback, botilbud.id);
    gateControl(m_saveButton, mayWrite);
    m_feedbackEdit->setReadOnly(!mayWrite.allowed);
    if (!mayWrite.allowed) m_exportFeedbackButton->setEnabled(false);
    m_exportFeedbackButton->setToolTip(
        packaged ? tr("Save the feedback as a package file to send back to the botilbud.")
                 : tr("This botilbud works in this database and reads the feedback here."));
    m_preview->showContent(*content);
}

bool ConsultantReportPanel::saveFeedback() {
    if (!m_botilbud.id.isValid()) return false;
    const services::ConsultantOverviewService service = m_workspace.consultantOverview();
    auto report = service.withFeedback(m_botilbud, m_month, m_feedbackEdit->toPlainText());
    if (!report) {
        m_errorLabel->setText(report.error().display());
        m_errorLabel->show();
        return false;
    }
    const domain::ValidationIssues issues = services::MonthlyReportService::check(*report);
    if (!issues.isEmpty()) {
        showIssueMessages(m_errorLabel, issues);
        return false;
    }
    auto stored = service.store(*report);
    if (!stored) {
        logging::get("reports")->error("could not save feedback: {}", stored.error().message.toStdString());
        m_dialogs.warning(this, tr("Save feedback"),
                          tr("The feedback was not saved: %1").arg(stored.error().display()));
        return false;
    }
    m_workspace.noteSaved();
    const domain::BotilbudId botilbud = m_botilbud.id;
    const QDate month = m_month;
    showReport(m_botilbud, m_month);
    emit reportChanged(botilbud, month);
    return true;
}

bool ConsultantReportPanel::exportFeedback() {
    if (!m_botilbud.id.isValid()) return false;
    if (m_dirty && !saveFeedback()) return false;
    return ReportPackageActions::exportFeedback(this, m_workspace, m_dialogs, m_botilbud.id, m_month);
}

std::optional<services::MonthlyReportContent> ConsultantReportPanel::chosenContent(const QString& action) {
    if (!m_botilbud.id.isValid()) return std::nullopt;
    auto content = m_workspace.consultantOverview().content(m_botilbud, m_month);
    if (!content) {
        m_dialogs.warning(this, action,
                          tr("The report could not be read: %1").arg(content.error().display()));
        return std::nullopt;
    }
    return std::move(content.value());
}

bool ConsultantReportPanel::exportPdf() {
    const auto content = chosenContent(tr("Export PDF"));
    return content && ReportOutput::saveMonthlyReport(this, m_dialogs, *content);
}

} // namespace medsafe::app
