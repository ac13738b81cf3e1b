#pragma once

#include "app/UnsavedWork.h"
#include "domain/MonthlyReport.h"
#include "services/report/MonthlyReportContent.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ReportComposerPage;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// "Rapport for måneden": the tovholder writes the month's report for PS! — month chooser,
// the narrative form, status with its date, save, mark as sent, PDF, data package and PS!'s
// feedback — beside a preview of the anonymised report, which is what PS! receives. Reads
// through the workspace's services each time (the database can be replaced) and follows the
// botilbud selector; loads
// lazily when shown. GUI thread.
class ReportComposerPage : public QWidget, public UnsavedWork {
    Q_OBJECT

public:
    ReportComposerPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ReportComposerPage() override;

    QDate currentMonth() const { return m_month; }
    const domain::MonthlyReport& report() const { return m_report; }

    bool hasUnsavedChanges() const override { return m_dirty; }
    bool saveChanges() override { return save(); }
    void discardChanges() override;

public slots:
    // Re-reads the months and the report when anything changed since the last load.
    void refresh();
    void invalidate();
    // Asks about unsaved edits first; false when the person stayed on the current month.
    bool selectMonth(const QDate& month);
    bool save();
    bool markSent();
    bool exportPdf();
    bool sendPackage();
    bool importFeedback();
    // The month's report as it leaves the botilbud (saved first); nothing after a message.
    std::optional<services::MonthlyReportContent> shareableContent();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Save, mark as sent and the package buttons for what the signed-in person may do.
    void applyAccess();
    void fillMonths();
    void load(const QDate& month);
    void refreshPreview();
    void updateStatus();
    void updateMonthItem();
    bool settle();
    bool write(const domain::MonthlyReport& report);

    const std::unique_ptr<Ui::ReportComposerPage> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    domain::MonthlyReport m_report;
    QDate m_month;
    bool m_dirty = false;
    bool m_stale = true;
};

} // namespace medsafe::app
