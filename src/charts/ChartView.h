#pragma once

#include "charts/ChartSpec.h"

#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace medsafe::charts {

// A chart as the leader sees it on screen: the chart, the legend of its numbered PDSA
// markers beneath it, and beside it the verdict, the plain-language reading of the signals
// and the numbers behind them. Owns its chart (replaced on every setSpec). GUI thread only.
// The same widget serves the measure view and the dashboard's detail pane.
class ChartView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPanelWidth = 290;

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const { return m_spec; }
    QChart* chart() const;
    QChartView* chartView() const { return m_chartView; }

    // Writes the figure (chart plus its reading) as PNG, SVG or PDF by the file's suffix.
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // Opens the print dialog; false when cancelled.
    bool print();

private:
    QLabel* makeLabel(const char* objectName);

    ChartSpec m_spec;
    QChartView* m_chartView = nullptr;
    QLabel* m_legendLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_readingLabel = nullptr;
    QLabel* m_factsTitle = nullptr;
    QLabel* m_factsLabel = nullptr;
    QLabel* m_exclusionsLabel = nullptr;
};

} // namespace medsafe::charts
