#pragma once

#include "domain/Incident.h"

#include <QWidget>

class QTableWidget;
class QChartView;
class QChart;

namespace medsafe::charts {
class ChartView;
}

namespace medsafe::services {
struct ParetoBar;
}

namespace medsafe::app {

// The "Analyse" tab: Pareto charts by process stage and by error type (bars with the
// cumulative share as a line), the days-between-errors T chart, and the counts of the last
// twelve months. All computed from the incidents shown, never typed. Lives on the GUI thread.
class IncidentAnalysisPage : public QWidget {
    Q_OBJECT
public:
    explicit IncidentAnalysisPage(QWidget* parent = nullptr);

    void setIncidents(const QList<domain::Incident>& incidents, const QDate& today = QDate::currentDate());

private:
    static void fillPareto(QChart* chart, const QString& title, const QList<services::ParetoBar>& bars);
    void fillTChart(const QList<domain::Incident>& incidents);

    QChartView* m_stageChart = nullptr;
    QChartView* m_typeChart = nullptr;
    charts::ChartView* m_tChart = nullptr;
    QTableWidget* m_monthTable = nullptr;
};

} // namespace medsafe::app
