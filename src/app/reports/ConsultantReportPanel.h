#pragma once

#include "domain/Botilbud.h"
#include "domain/MonthlyReport.h"
#include "services/report/MonthlyReportContent.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class ReportPreviewBrowser;

// The report of one grid cell for the consultant: its preview (as PS! received it) beside the
// feedback editor with "Gem tilbagemelding", "Eksportér tilbagemelding…" and "Eksportér PDF…".
// Feedback is stored on the open database's report (status feedback received, today).
// GUI thread.
class ConsultantReportPanel : public QWidget {
    Q_OBJECT

public:
    ConsultantReportPanel(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    void showReport(const domain::Botilbud& botilbud, const QDate& month);
    void clear(const QString& message);
    bool hasUnsavedChanges() const { return m_dirty; }
    void discardChanges();
    domain::BotilbudId botilbudId() const { return m_botilbud.id; }
    QDate month() const { return m_month; }

public slots:
    bool saveFeedback();
    bool exportFeedback();
    bool exportPdf();

signals:
    // The stored report changed (the grid shows the new status).
    void reportChanged(domain::BotilbudId botilbud, const QDate& month);

private:
    // The chosen report as PS! receives it, or nothing after a message titled `action`.
    std::optional<services::MonthlyReportContent> chosenContent(const QString& action);
    void setEnabledActions(bool enabled);

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    ReportPreviewBrowser* m_preview = nullptr;
    QLabel* m_titleLabel = nullptr;
    QPlainTextEdit* m_feedbackEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_feedbackStateLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_exportFeedbackButton = nullptr;
    QPushButton* m_exportPdfButton = nullptr;
    domain::Botilbud m_botilbud;
    QDate m_month;
    QString m_storedFeedback;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace medsafe::app
