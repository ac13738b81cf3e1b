#include "app/runcharts/RunChartsView.h"

#include "app/runcharts/ChartPage.h"
#include "app/runcharts/DashboardPage.h"
#include "logging/Logging.h"
#include "services/measures/DashboardService.h"
#include "services/workspace/Workspace.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace medsafe::app {

RunChartsView::RunChartsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("runChartsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_dashboard = new DashboardPage(m_stack);
    m_chartPage = new ChartPage(workspace, dialogs, m_stack);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_chartPage);
    layout->addWidget(m_stack);

    connect(m_dashboard, &DashboardPage::measureActivated, this, &RunChartsView::openChart);
    connect(m_chartPage, &ChartPage::backRequested, this, &RunChartsView::showDashboard);
    connect(m_chartPage, &ChartPage::settingsSaved, this, [this] { m_stale = true; });
    connect(&workspace, &services::Workspace::currentBotilbudChanged, this, [this] {
        m_stack->setCurrentWidget(m_dashboard);
        invalidate();
    });
    connect(&workspace, &services::Workspace::databaseReplaced, this, [this] {
        m_stack->setCurrentWidget(m_dashboard);
        invalidate();
    });
}

bool RunChartsView::isShowingChart() const {
    return m_stack->currentWidget() == m_chartPage;
}

void RunChartsView::invalidate() {
    m_stale = true;
    if (isVisible()) refresh();
}

void RunChartsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale && !isShowingChart()) refresh();
}

void RunChartsView::refresh() {
    if (!m_stale) return;
    m_stale = false;
    const domain::BotilbudId botilbud = m_workspace.currentBotilbud();
    if (!botilbud.isValid()) {
        m_dashboard->showMessage(tr("Choose a botilbud at the top of the window to see its run charts."));
        return;
    }
    auto data = m_workspace.dashboard().load(botilbud);
    if (!data) {
        logging::get("runcharts")
            ->error("could not load the dashboard: {}", data.error().message.toStdString());
        m_dashboard->showMessage(tr("The run charts could not be read: %1").arg(data.error().display()));
        return;
    }
    m_dashboard->showData(data.value());
}

void RunChartsView::showDashboard() {
    m_stack->setCurrentWidget(m_dashboard);
    refresh();
}

void RunChartsView::openChart(domain::MeasureId measure) {
    if (m_chartPage->showMeasure(measure)) m_stack->setCurrentWidget(m_chartPage);
}

} // namespace medsafe::app
