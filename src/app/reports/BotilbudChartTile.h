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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setBadge(const QString& text, const QColor& colour);
    // Shows m_reasonText on one line, cut with "…" at the tile's width (the tooltip has it all).
    void setReason(const QString& text);
    void fitReason();

    QLabel* m_name = nullptr;
    QLabel* m_badge = nullptr;
    SparkChart* m_spark = nullptr;
    QLabel* m_reason = nullptr;
    QString m_reasonText;
    std::optional<charts::SignalVerdict::Kind> m_verdict;
};

} // namespace medsafe::app
