#pragma once

#include "charts/SignalVerdict.h"
#include "services/measures/DashboardService.h"

#include <QFrame>

class QLabel;

namespace medsafe::app {

class SparkChart;

// One small multiple of the consultant's "Små diagrammer": a botilbud's name, the verdict
// badge of the chosen measure (▲ ▼ ● in colour, judged with the measure's direction), its
// small run chart and the signal in one line. Tiles are reused when the measure changes
// (setChart), so switching the measure across a hundred botilbud costs no widget creation.
class BotilbudChartTile : public QFrame {
    Q_OBJECT

public:
    explicit BotilbudChartTile(QWidget* parent = nullptr);

    void setBotilbud(const QString& name);
    // `chart` null: the botilbud has no measure of that name.
    void setChart(const services::MeasureChart* chart);
    QString botilbudName() const;
    QString badgeText() const;
    std::optional<charts::SignalVerdict::Kind> verdict() const { return m_verdict; }

private:
    void setBadge(const QString& text, const QColor& colour);

    QLabel* m_name = nullptr;
    QLabel* m_badge = nullptr;
    SparkChart* m_spark = nullptr;
    QLabel* m_reason = nullptr;
    std::optional<charts::SignalVerdict::Kind> m_verdict;
};

} // namespace medsafe::app
