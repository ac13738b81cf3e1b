#pragma once

#include "app/UnsavedWork.h"
#include "domain/Incident.h"

#include <QWidget>

class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class IncidentForm;
class IncidentListPage;
class SafetyCalendarPage;
class IncidentAnalysisPage;

// The Incidents view: the list, the registration form, the safety calendar and the analysis
// of the current botilbud, plus CSV import and export. Reads the incidents once per change
// (one snapshot shared by the tabs) and follows the workspace's botilbud and database.
// Lives on the GUI thread.
class IncidentsView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    IncidentsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    IncidentForm* form() const { return m_form; }

public slots:
    void reload();
    void newIncident();
    void openIncident(const domain::Incident& incident);
    void importCsv();
    void exportCsv();

private:
    // A new botilbud or database: a blank form and the incidents read again.
    void followWorkspace();

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    QTabWidget* m_tabs = nullptr;
    IncidentListPage* m_list = nullptr;
    IncidentForm* m_form = nullptr;
    SafetyCalendarPage* m_calendar = nullptr;
    IncidentAnalysisPage* m_analysis = nullptr;
};

} // namespace medsafe::app
