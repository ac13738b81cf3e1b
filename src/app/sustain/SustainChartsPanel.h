#pragma once

#include "services/measures/DashboardService.h"
#include "services/sustain/SustainedChanges.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace medsafe::app {

// One adopted change's measures: pick a measure; its ordinary run chart (whole series) stands
// beside its control chart of the months after adoption, with the frozen period and limits in
// words, and the slip-back sentence when the measure slips back.
class SustainChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SustainChartsPanel(QWidget* parent = nullptr);

    // `change` may be null (nothing selected); `data` supplies the PDSA markers.
    void showChange(const services::SustainedChange* change, const services::DashboardData& data);

    QComboBox* measureCombo() const { return m_measure; }
    QLabel* frozenLabel() const { return m_frozen; }
    QLabel* slipBackLabel() const { return m_slipBack; }
    QChartView* runChartView() const { return m_runView; }
    QChartView* frozenChartView() const { return m_frozenView; }

private:
    void showMeasure();

    const services::SustainedChange* m_change = nullptr;
    services::DashboardData m_data;
    QLabel* m_heading = nullptr;
    QLabel* m_measureLabel = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_frozen = nullptr;
    QLabel* m_slipBack = nullptr;
    QLabel* m_missing = nullptr;
    QChartView* m_runView = nullptr;
    QChartView* m_frozenView = nullptr;
};

} // namespace medsafe::app
