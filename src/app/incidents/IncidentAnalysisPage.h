#pragma once

#include "domain/Incident.h"
#include "services/incidents/IncidentPareto.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;
class QChartView;
class QChart;

namespace medsafe::charts {
class ChartView;
}

namespace medsafe::app {

// The "Analyse" tab: two Pareto charts, each by a field the reader chooses (process stage and
// error type first; bars with the cumulative share as a line), the serious incidents case by
// case as a Bernoulli CUSUM (too rare for a monthly run chart), the days-between-errors T chart
// and the counts of the last twelve months. All computed from the incidents shown, never typed.
// Lives on the GUI thread.
class IncidentAnalysisPage : public QWidget {
    Q_OBJECT
public:
    explicit IncidentAnalysisPage(QWidget* parent = nullptr);

    // `phase1End`: the end of the programme's phase 1, whose incidents set the CUSUM's expected
    // share of serious ones (nothing when the botilbud has no programme).
    void setIncidents(const QList<domain::Incident>& incidents, const QDate& today = QDate::currentDate(),
                      const std::optional<QDate>& phase1End = std::nullopt);

private:
    struct ParetoPanel {
        QComboBox* field = nullptr;
        QChartView* view = nullptr;
    };
    ParetoPanel makeParetoPanel(const QString& name, services::IncidentField initial, QWidget* parent);
    void fillPareto(const ParetoPanel& panel);
    void fillCusum(const std::optional<QDate>& phase1End);
    void fillTChart();

    QList<domain::Incident> m_incidents;
    ParetoPanel m_left;
    ParetoPanel m_right;
    QChartView* m_cusumChart = nullptr;
    QLabel* m_cusumText = nullptr;
    charts::ChartView* m_tChart = nullptr;
    QTableWidget* m_monthTable = nullptr;
};

} // namespace medsafe::app
