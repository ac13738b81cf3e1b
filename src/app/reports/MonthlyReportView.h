#pragma once

#include "app/UnsavedWork.h"

#include <QWidget>

class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class ConsultantPage;
class DialogService;
class ReportComposerPage;

// The "Månedsrapport" view: the tovholder's report for the month ("Rapport for måneden") and
// the PS! consultant's overview across botilbud ("Konsulentens overblik"). Holds the two pages
// and answers the main window's unsaved-work question for both. GUI thread.
class MonthlyReportView : public QWidget, public UnsavedWork {
    Q_OBJECT

public:
    MonthlyReportView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    ReportComposerPage* composer() const { return m_composer; }
    ConsultantPage* consultant() const { return m_consultant; }
    QTabWidget* tabs() const { return m_tabs; }

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

private:
    QTabWidget* m_tabs = nullptr;
    ReportComposerPage* m_composer = nullptr;
    ConsultantPage* m_consultant = nullptr;
};

} // namespace medsafe::app
