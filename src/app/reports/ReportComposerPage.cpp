#include "app/reports/ReportComposerPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/reports/ReportNarrativeForm.h"
#include "app/reports/ReportOutput.h"
#include "app/reports/ReportPackageActions.h"
#include "app/reports/ReportPreviewBrowser.h"
#include "charts/ChartNumberFormat.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "report/ReportFormat.h"
#include "services/report/MonthlyReportService.h"
#include "services/report/ReportContentCollector.h"
#include "services/workspace/Workspace.h"
#include "ui_ReportComposerPage.h"

#include <QAction>

namespace medsafe::app {

namespace {
QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}
} // namespace

ReportComposerPage::ReportComposerPage(services::Workspace& workspace, DialogService& dialogs,
                                       QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportComposerPage>()), m_workspace(workspace),
      m_dialogs(dialogs) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportComposerPage"));
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &ReportComposerPage::applyAccess);
    m_ui->composerSplitter->setStretchFactor(0, 2);
    m_ui->composerSplitter->setStretchFactor(1, 3);
    m_ui->composerSplitter->setSizes({460, 640});

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);

    connect(saveAction, &QAction::triggered, this, &ReportComposerPage::save);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportComposerPage::save);
    connect(m_ui->markSentButton, &QPushButton::clicked, this, &ReportComposerPage::markSent);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ReportComposerPage::exportPdf);
    connect(m_ui->sendPackageButton, &QPushButton::clicked, this, &ReportComposerPage::sendPackage);
    connect(m_ui->importFeedbackButton, &QPushButton::clicked, this, &ReportComposerPage::importFeedback);
    connect(m_ui->finalEvaluationButton, &QPushButton::clicked, this, [this] {
        ReportOutput::saveFinalEvaluation(this, m_workspace, m_dialogs, m_workspace.currentBotilbud());
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (auto content = shareableContent()) ReportOutput::printMonthlyReport(this, *content);
    });
    connect(m_ui->reportNarrativeForm, &ReportNarrativeForm::edited, this, [this] {
        m_dirty = true;
        applyAccess();
    });
    connect(m_ui->monthComboBox, &QComboBox::activated, this, [this](int index) {
        const QDate month = m_ui->monthComboBox->itemData(index).toDate();
        if (!selectMonth(month)) {
            const QSignalBlocker block(m_ui->monthComboBox);
            m_ui->monthComboBox->setCurrentIndex(m_ui->monthComboBox->findData(m_month));
        }
    });
}

ReportComposerPage::~ReportComposerPage() = default;

void ReportComposerPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void ReportComposerPage::invalidate() {
    m_stale = true;
    m_dirty = false; // MainWindow has settled unsaved edits before it changes botilbud or database
    if (isVisible()) refresh();
}

void ReportComposerPage::refresh() {
    if (!m_stale) return;
    m_stale = false;
    const bool any = m_workspace.currentBotilbud().isValid();
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->monthComboBox, m_ui->reportNarrativeForm, m_ui->saveButton, m_ui->markSentButton,
             m_ui->exportPdfButton, m_ui->sendPackageButton, m_ui->importFeedbackButton, m_ui->printButton,
             m_ui->finalEvaluationButton})
        w->setEnabled(any);
    if (!any) {
        m_ui->monthComboBox->clear();
        m_month = {};
        m_ui->statusLabel->clear();
        m_ui->reportPreviewBrowser->showMessage(
            tr("Choose a botilbud at the top of the window to write its monthly report."));
        return;
    }
    fillMonths();
    QDate month = m_month;
    if (m_ui->monthComboBox->findData(month) < 0) {
        auto chosen = m_workspace.reportContent().defaultMonth(m_workspace.currentBotilbud());
        month = chosen ? *chosen : firstOfMonth(QDate::currentDate());
    }
    load(month);
}

void ReportComposerPage::fillMonths() {
    const domain::BotilbudId botilbud = m_workspace.currentBotilbud();
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    QDate first = thisMonth.addMonths(-23);
    if (auto programme = m_workspace.programme().programme(botilbud); programme && programme->has_value())
        first = firstOfMonth(programme->value().startDate);
    QHash<QDate, domain::ReportStatus> statuses;
    if (auto reports = m_workspace.monthlyReports().reports(botilbud)) {
        for (const domain::MonthlyReport& r : reports.value()) {
            statuses.insert(r.month, r.status);
            first = std::min(first, r.month);
        }
    }
    if (auto fallback = m_workspace.reportContent().defaultMonth(botilbud))
        first = std::min(first, *fallback);
    if (!first.isValid() || first > thisMonth) first = thisMonth;

    const QSignalBlocker block(m_ui->monthComboBox);
    m_ui->monthComboBox->clear();
    // Newest first: the month a tovholder writes about is nearly always at the top.
    for (QDate m = thisMonth; m >= first; m = m.addMonths(-1)) {
        QString text = charts::ChartNumberFormat::monthName(m);
        if (statuses.contains(m))
            text += QStringLiteral(" · ") + domain::DomainLabels::label(statuses.value(m));
        m_ui->monthComboBox->addItem(text, m);
    }
}

void ReportComposerPage::updateMonthItem() {
    const int index = m_ui->monthComboBox->findData(m_month);
    if (index < 0) return;
    QString text = charts::ChartNumberFormat::monthName(m_month);
    if (m_report.id.isValid()) text += QStringLiteral(" · ") + domain::DomainLabels::label(m_report.status);
    m_ui->monthComboBox->setItemText(index, text);
}

bool ReportComposerPage::selectMonth(const QDate& month) {
    if (month == m_month) return true;
    if (m_ui->monthComboBox->findData(month) < 0) return false;
    if (!settle()) return false;
    load(month);
    return true;
}

bool ReportComposerPage::settle() {
    if (!m_dirty) return true;
    switch (m_dialogs.askToSave(this, tr("Unsaved changes"),
                                tr("The report for %1 has changes that are not saved. Save them now?")
                                    .arg(charts::ChartNumberFormat::monthName(m_month)))) {
    case DialogService::SaveChoice::Save:
        return save();
    case DialogService::SaveChoice::Discard:
        discardChanges();
        return true;
    case DialogService::SaveChoice::Cancel:
        return false;
    }
    return false;
}

void ReportComposerPage::load(const QDate& month) {
    m_month = month;
    {
        const QSignalBlocker block(m_ui->monthComboBox);
        m_ui->monthComboBox->setCurrentIndex(m_ui->monthComboBox->findData(month));
    }
    m_report = domain::MonthlyReport{};
    m_report.botilbudId = m_workspace.currentBotilbud();
    m_report.month = month;
    auto stored = m_workspace.monthlyReports().forMonth(m_report.botilbudId, month);
    if (!stored) {
        logging::get("reports")->error("could not read the monthly report: {}",
                                       stored.error().message.toStdString());
        m_dialogs.warning(this, tr("Monthly report"),
                          tr("The report could not be read: %1").arg(stored.error().display()));
    } else if (stored->has_value()) {
        m_report = stored->value();
    }
    m_ui->reportNarrativeForm->fill(m_report);
    m_dirty = false;
    updateStatus();
    refreshPreview();
}

void ReportComposerPage::discardChanges() {
    m_ui->reportNarrativeForm->fill(m_report);
    m_dirty = false;
    updateStatus();
}

void ReportComposerPage::updateStatus() {
    using domain::ReportStatus;
    QString text = tr("Status: %1").arg(domain::DomainLabels::label(m_report.status));
    if (!m_report.id.isValid())
        text = tr("Status: %1 (not saved yet)").arg(domain::DomainLabels::label(m_report.status));
    else if (m_report.status == ReportStatus::FeedbackReceived && m_report.feedbackDate.isValid())
        text += QStringLiteral(" · ") + charts::ChartNumberFormat::day(m_report.feedbackDate);
    else if (m_report.status == ReportStatus::Sent && m_report.sentDate.isValid())
        text += QStringLiteral(" · ") + charts::ChartNumberFormat::day(m_report.sentDate);
    m_ui->statusLabel->setText(text);
    const QString colour = m_report.status == ReportStatus::Draft  ? QStringLiteral("#6b6b6b")
                           : m_report.status == ReportStatus::Sent ? QStringLiteral("#1f5fa8")
                                                                   : QStringLiteral("#1b7a3a");
    m_ui->statusLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(colour));
    applyAccess();

    const bool hasFeedback = !m_report.consultantFeedback.trimmed().isEmpty();
    m_ui->consultantFeedbackView->setPlainText(hasFeedback ? m_report.consultantFeedback : QString());
    m_ui->consultantFeedbackView->setPlaceholderText(tr("No feedback from PS! yet."));
    m_ui->feedbackDateLabel->setText(
        hasFeedback && m_report.feedbackDate.isValid()
            ? tr("Received %1").arg(charts::ChartNumberFormat::day(m_report.feedbackDate))
            : QString());
    m_ui->feedbackDateLabel->setVisible(!m_ui->feedbackDateLabel->text().isEmpty());
}

void ReportComposerPage::refreshPreview() {
    auto content = m_workspace.reportContent().collectForSharing(m_report.botilbudId, m_month);
    if (!content) {
        logging::get("reports")->error("could not collect the report: {}",
                                       content.error().message.toStdString());
        m_ui->reportPreviewBrowser->showMessage(
            tr("The report could not be put together: %1").arg(content.error().display()));
        return;
    }
    m_ui->reportPreviewBrowser->showContent(content.value());
}

bool ReportComposerPage::write(const domain::MonthlyReport& report) {
    if (m_ui->reportNarrativeForm->showIssues(services::MonthlyReportService::check(report))) return false;
    domain::MonthlyReport saved = report;
    auto id = m_workspace.monthlyReports().save(saved);
    if (!id) {
        logging::get("reports")->error("could not save the monthly report: {}",
                                       id.error().message.toStdString());
        m_dialogs.warning(this, tr("Monthly report"),
                          tr("The report was not saved: %1").arg(id.error().display()));
        return false;
    }
    saved.id = *id;
    m_report = saved;
    m_dirty = false;
    m_workspace.noteSaved();
    updateStatus();
    updateMonthItem();
    refreshPreview();
    return true;
}

bool ReportComposerPage::save() {
    if (!m_month.isValid()) return false;
    return write(m_ui->reportNarrativeForm->collect(m_report));
}

bool ReportComposerPage::markSent() {
    if (!m_month.isValid()) return false;
    domain::MonthlyReport report = m_ui->reportNarrativeForm->collect(m_report);
    if (report.status == domain::ReportStatus::Draft) {
        report.status = domain::ReportStatus::Sent;
        report.sentDate = QDate::currentDate();
    }
    return write(report);
}

std::optional<services::MonthlyReportContent> ReportComposerPage::shareableContent() {
    if (!m_month.isValid()) return std::nullopt;
    if (m_dirty && !save()) return std::nullopt; // the report says what is saved, never half of an edit
    auto content = m_workspace.reportContent().collectForSharing(m_report.botilbudId, m_month);
    if (!content) {
        m_dialogs.warning(this, tr("Monthly report"),
                          tr("The report could not be put together: %1").arg(content.error().display()));
        return std::nullopt;
    }
    return std::move(content.value());
}

bool ReportComposerPage::exportPdf() {
    const auto content = shareableContent();
    return content && ReportOutput::saveMonthlyReport(this, m_dialogs, *content);
}

bool ReportComposerPage::sendPackage() {
    if (!m_month.isValid()) return false;
    if (m_dirty && !save()) return false;
    if (!ReportPackageActions::sendReport(this, m_workspace, m_dialogs, m_report.botilbudId, m_month))
        return false;
    load(m_month); // the export marked the report as sent
    updateMonthItem();
    return true;
}

bool ReportComposerPage::importFeedback() {
    if (!m_month.isValid()) return false;
    if (!settle()) return false;
    if (!ReportPackageActions::importFeedback(this, m_workspace, m_dialogs)) return false;
    fillMonths();
    load(m_month);
    return true;
}

void ReportComposerPage::applyAccess() {
    using services::AccessAction;
    const domain::BotilbudId home = m_workspace.currentBotilbud();
    // The working group drafts; the leader approves and sends; a sent report is the leader's.
    gateControl(m_ui->saveButton, m_workspace.may(m_report.status == domain::ReportStatus::Draft
                                                      ? AccessAction::DraftMonthlyReport
                                                      : AccessAction::ApproveMonthlyReport,
                                                  home));
    gateControl(m_ui->markSentButton, m_workspace.may(AccessAction::ApproveMonthlyReport, home),
                m_report.status == domain::ReportStatus::Draft);
    gateControl(m_ui->sendPackageButton, m_workspace.may(AccessAction::ExchangePackages, home));
    gateControl(m_ui->importFeedbackButton, m_workspace.may(AccessAction::ExchangePackages, home));
}

} // namespace medsafe::app
