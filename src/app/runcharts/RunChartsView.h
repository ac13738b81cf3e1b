#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QStackedWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class ChartPage;
class DashboardPage;
class DialogService;

// The "Seriediagrammer" view: the leader's overview of every measure of the chosen botilbud,
// and the full chart of one measure. Follows the botilbud selector and a replaced database;
// loads lazily, when it is shown, so other views never wait for it. GUI thread.
class RunChartsView : public QWidget {
    Q_OBJECT

public:
    RunChartsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    DashboardPage* dashboard() const { return m_dashboard; }
    ChartPage* chartPage() const { return m_chartPage; }
    bool isShowingChart() const;

public slots:
    void showDashboard();
    void openChart(domain::MeasureId measure);
    // Loads now if anything changed since the last load.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void invalidate();

    services::Workspace& m_workspace;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ChartPage* m_chartPage = nullptr;
    bool m_stale = true;
};

} // namespace medsafe::app
