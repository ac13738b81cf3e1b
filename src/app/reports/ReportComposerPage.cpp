#include "app/reports/ReportComposerPage.h"

#include "app/DialogService.h"
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

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {
QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}
} // namespace

ReportComposerPage::ReportComposerPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("reportComposerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);

    // The month and what can be done with the whole report, in one row above form and preview.
    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_monthBox = new QComboBox(this);
    m_monthBox->setObjectName(QStringLiteral("monthComboBox"));
    m_monthBox->setMinimumContentsLength(22);
    m_monthBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    monthLabel->setBuddy(m_monthBox);
    top->addWidget(monthLabel);
    top->addWidget(m_monthBox);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    top->addSpacing(12);
    top->addWidget(m_statusLabel);
    top->addStretch(1);
    m_exportPdfButton = new QPushButton(tr("Export PDF…"), this);
    m_exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdfButton->setToolTip(tr("Save the report as PS! receives it (anonymised) as a PDF file."));
    m_sendPackageButton = new QPushButton(tr("Send data package…"), this);
    m_sendPackageButton->setObjectName(QStringLiteral("sendPackageButton"));
    m_sendPackageButton->setToolTip(
        tr("Save the month's report as a data package file for the PS! consultant and mark it as sent."));
    m_importFeedbackButton = new QPushButton(tr("Load feedback…"), this);
    m_importFeedbackButton->setObjectName(QStringLiteral("importFeedbackButton"));
    m_importFeedbackButton->setToolTip(tr("Read a feedback package from the PS! consultant."));
    m_finalButton = new QPushButton(tr("Final evaluation…"), this);
    m_finalButton->setObjectName(QStringLiteral("finalEvaluationButton"));
    m_finalButton->setToolTip(tr("Save the final evaluation over the whole programme as a PDF (phase 4)."));
    connect(m_finalButton, &QPushButton::clicked, this,
            [this] { ReportOutput::saveFinalEvaluation(this, m_workspace, m_dialogs, m_workspace.currentBotilbud()); });
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print the report as PS! receives it."));
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        if (auto content = shareableContent()) ReportOutput::printMonthlyReport(this, *content);
    });
    top->addWidget(m_exportPdfButton);
    top->addWidget(m_printButton);
    top->addWidget(m_sendPackageButton);
    top->addWidget(m_importFeedbackButton);
    top->addWidget(m_finalButton);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("composerSplitter"));
    splitter->setChildrenCollapsible(false);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    auto* left = new QWidget(scroll);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(4);
    m_form = new ReportNarrativeForm(left);
    leftLayout->addWidget(m_form, 1);

    auto* buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save"), left);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the report (Ctrl+S)"));
    m_markSentButton = new QPushButton(tr("Mark as sent"), left);
    m_markSentButton->setObjectName(QStringLiteral("markSentButton"));
    m_markSentButton->setToolTip(tr("Save and mark the report as sent to PS! today (when it went by e-mail or post)."));
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_markSentButton);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto* feedbackTitle = new QLabel(tr("<b>Feedback from PS!</b>"), left);
    leftLayout->addWidget(feedbackTitle);
    m_feedbackDateLabel = new QLabel(left);
    m_feedbackDateLabel->setObjectName(QStringLiteral("feedbackDateLabel"));
    m_feedbackDateLabel->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    leftLayout->addWidget(m_feedbackDateLabel);
    m_feedback = new QPlainTextEdit(left);
    m_feedback->setObjectName(QStringLiteral("consultantFeedbackView"));
    m_feedback->setReadOnly(true);
    m_feedback->setMaximumHeight(90);
    m_feedback->setStyleSheet(QStringLiteral("QPlainTextEdit { background: palette(alternate-base); }"));
    leftLayout->addWidget(m_feedback);
    scroll->setWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->setSpacing(2);
    auto* previewTitle = new QLabel(
        tr("<b>Preview</b> — the report as PS! receives it: counts under 5 shown as \"&lt;5\", no names."), right);
    previewTitle->setWordWrap(true);
    rightLayout->addWidget(previewTitle);
    m_preview = new ReportPreviewBrowser(right);
    rightLayout->addWidget(m_preview, 1);

    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 640});
    layout->addWidget(splitter, 1);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);

    connect(saveAction, &QAction::triggered, this, &ReportComposerPage::save);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportComposerPage::save);
    connect(m_markSentButton, &QPushButton::clicked, this, &ReportComposerPage::markSent);
    connect(m_exportPdfButton, &QPushButton::clicked, this, &ReportComposerPage::exportPdf);
    connect(m_sendPackageButton, &QPushButton::clicked, this, &ReportComposerPage::sendPackage);
    connect(m_importFeedbackButton, &QPushButton::clicked, this, &ReportComposerPage::importFeedback);
    connect(m_form, &ReportNarrativeForm::edited, this, [this] {
        m_dirty = true;
        m_saveButton->setEnabled(true);
    });
    connect(m_monthBox, &QComboBox::activated, this, [this](int index) {
        const QDate month = m_monthBox->itemData(index).toDate();
        if (!selectMonth(month)) {
            const QSignalBlocker block(m_monthBox);
            m_monthBox->setCurrentIndex(m_monthBox->findData(m_month));
        }
    });
}

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
    for (QWidget* w : std::initializer_list<QWidget*>{m_monthBox, m_form, m_saveButton, m_markSentButton,
                                                      m_exportPdfButton, m_sendPackageButton, m_importFeedbackButton,
                                                      m_printButton, m_finalButton})
        w->setEnabled(any);
    if (!any) {
        m_monthBox->clear();
        m_month = {};
        m_statusLabel->clear();
        m_preview->showMessage(tr("Choose a botilbud at the top of the window to write its monthly report."));
        return;
    }
    fillMonths();
    QDate month = m_month;
    if (m_monthBox->findData(month) < 0) {
        auto chosen = services::ReportContentCollector(m_workspace.database()).defaultMonth(m_workspace.currentBotilbud());
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
    if (auto fallback = services::ReportContentCollector(m_workspace.database()).defaultMonth(botilbud)) first = std::min(first, *fallback);
    if (!first.isValid() || first > thisMonth) first = thisMonth;

    const QSignalBlocker block(m_monthBox);
    m_monthBox->clear();
    // Newest first: the month a tovholder writes about is nearly always at the top.
    for (QDate m = thisMonth; m >= first; m = m.addMonths(-1)) {
        QString text = charts::ChartNumberFormat::monthName(m);
        if (statuses.contains(m))
            text += QStringLiteral(" · ") + domain::DomainLabels::label(statuses.value(m));
        m_monthBox->addItem(text, m);
    }
}

void ReportComposerPage::updateMonthItem() {
    const int index = m_monthBox->findData(m_month);
    if (index < 0) return;
    QString text = charts::ChartNumberFormat::monthName(m_month);
    if (m_report.id.isValid()) text += QStringLiteral(" · ") + domain::DomainLabels::label(m_report.status);
    m_monthBox->setItemText(index, text);
}

bool ReportComposerPage::selectMonth(const QDate& month) {
    if (month == m_month) return true;
    if (m_monthBox->findData(month) < 0) return false;
    if (!settle()) return false;
    load(month);
    return true;
}

bool ReportComposerPage::settle() {
    if (!m_dirty) return true;
    switch (m_dialogs.askToSave(this, tr("Unsaved changes"),
                                tr("The report for %1 has changes that are not saved. Save them now?")
                                    .arg(charts::ChartNumberFormat::monthName(m_month)))) {
    case DialogService::SaveChoice::Save: return save();
    case DialogService::SaveChoice::Discard: discardChanges(); return true;
    case DialogService::SaveChoice::Cancel: return false;
    }
    return false;
}

void ReportComposerPage::load(const QDate& month) {
    m_month = month;
    {
        const QSignalBlocker block(m_monthBox);
        m_monthBox->setCurrentIndex(m_monthBox->findData(month));
    }
    m_report = domain::MonthlyReport{};
    m_report.botilbudId = m_workspace.currentBotilbud();
    m_report.month = month;
    auto stored = m_workspace.monthlyReports().forMonth(m_report.botilbudId, month);
    if (!stored) {
        logging::get("reports")->error("could not read the monthly report: {}", stored.error().message.toStdString());
        m_dialogs.warning(this, tr("Monthly report"),
                          tr("The report could not be read: %1").arg(stored.error().display()));
    } else if (stored->has_value()) {
        m_report = stored->value();
    }
    m_form->fill(m_report);
    m_dirty = false;
    updateStatus();
    refreshPreview();
}

void ReportComposerPage::discardChanges() {
    m_form->fill(m_report);
    m_dirty = false;
    updateStatus();
}

void ReportComposerPage::updateStatus() {
    using domain::ReportStatus;
    QString text = tr("Status: %1").arg(domain::DomainLabels::label(m_report.status));
    if (!m_report.id.isValid()) text = tr("Status: %1 (not saved yet)").arg(domain::DomainLabels::label(m_report.status));
    else if (m_report.status == ReportStatus::FeedbackReceived && m_report.feedbackDate.isValid())
        text += QStringLiteral(" · ") + charts::ChartNumberFormat::day(m_report.feedbackDate);
    else if (m_report.status == ReportStatus::Sent && m_report.sentDate.isValid())
        text += QStringLiteral(" · ") + charts::ChartNumberFormat::day(m_report.sentDate);
    m_statusLabel->setText(text);
    const QString colour = m_report.status == ReportStatus::Draft  ? QStringLiteral("#6b6b6b")
                           : m_report.status == ReportStatus::Sent ? QStringLiteral("#1f5fa8")
                                                                   : QStringLiteral("#1b7a3a");
    m_statusLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(colour));
    m_markSentButton->setEnabled(m_report.status == ReportStatus::Draft);
    m_saveButton->setEnabled(true);

    const bool hasFeedback = !m_report.consultantFeedback.trimmed().isEmpty();
    m_feedback->setPlainText(hasFeedback ? m_report.consultantFeedback : QString());
    m_feedback->setPlaceholderText(tr("No feedback from PS! yet."));
    m_feedbackDateLabel->setText(hasFeedback && m_report.feedbackDate.isValid()
                                     ? tr("Received %1").arg(charts::ChartNumberFormat::day(m_report.feedbackDate))
                                     : QString());
    m_feedbackDateLabel->setVisible(!m_feedbackDateLabel->text().isEmpty());
}

void ReportComposerPage::refreshPreview() {
    auto content =
        services::ReportContentCollector(m_workspace.database()).collectForSharing(m_report.botilbudId, m_month);
    if (!content) {
        logging::get("reports")->error("could not collect the report: {}", content.error().message.toStdString());
        m_preview->showMessage(tr("The report could not be put together: %1").arg(content.error().display()));
        return;
    }
    m_preview->showContent(content.value());
}

bool ReportComposerPage::write(const domain::MonthlyReport& report) {
    if (m_form->showIssues(services::MonthlyReportService::check(report))) return false;
    domain::MonthlyReport saved = report;
    auto id = m_workspace.monthlyReports().save(saved);
    if (!id) {
        logging::get("reports")->error("could not save the monthly report: {}", id.error().message.toStdString());
        m_dialogs.warning(this, tr("Monthly report"), tr("The report was not saved: %1").arg(id.error().display()));
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
    return write(m_form->collect(m_report));
}

bool ReportComposerPage::markSent() {
    if (!m_month.isValid()) return false;
    domain::MonthlyReport report = m_form->collect(m_report);
    if (report.status == domain::ReportStatus::Draft) {
        report.status = domain::ReportStatus::Sent;
        report.sentDate = QDate::currentDate();
    }
    return write(report);
}

std::optional<services::MonthlyReportContent> ReportComposerPage::shareableContent() {
    if (!m_month.isValid()) return std::nullopt;
    if (m_dirty && !save()) return std::nullopt; // the report says what is saved, never half of an edit
    auto content =
        services::ReportContentCollector(m_workspace.database()).collectForSharing(m_report.botilbudId, m_month);
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
    if (!ReportPackageActions::sendReport(this, m_workspace, m_dialogs, m_report.botilbudId, m_month)) return false;
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

} // namespace medsafe::app
