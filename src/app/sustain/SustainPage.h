#pragma once

#include "services/measures/DashboardService.h"
#include "services/sustain/SustainedChanges.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class SustainChartsPanel;
class SustainPlanPanel;

// The "Fastholdelse" tab: the adopted changes with their status (holding, slipping back, too
// few measurements yet) on the left; the selected change's measures (run chart beside the
// control chart frozen after adoption) and its fastholdelsesplan on the right.
class SustainPage : public QWidget {
    Q_OBJECT
public:
    SustainPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    // Reads the botilbud's charts once (the dashboard's loading) and keeps the selection.
    void reload();

    QListWidget* changeList() const { return m_list; }
    SustainChartsPanel* chartsPanel() const { return m_charts; }
    SustainPlanPanel* planPanel() const { return m_plan; }
    QTabWidget* detailTabs() const { return m_details; }
    const QList<services::SustainedChange>& changes() const { return m_changes; }

private:
    void showSelected();

    services::Workspace& m_workspace;
    services::DashboardData m_data;
    QList<services::SustainedChange> m_changes;
    QLabel* m_emptyLabel = nullptr;
    QListWidget* m_list = nullptr;
    QTabWidget* m_details = nullptr;
    SustainChartsPanel* m_charts = nullptr;
    SustainPlanPanel* m_plan = nullptr;
};

} // namespace medsafe::app
