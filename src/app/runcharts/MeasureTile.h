#pragma once

#include "charts/SignalVerdict.h"
#include "domain/Ids.h"
#include "services/measures/DashboardService.h"

#include <QFrame>

class QLabel;

namespace medsafe::app {

class SparkChart;

// One small multiple of the leader's overview: the measure's name, the verdict badge
// (▲ Forbedring / ▼ Forværring / ● Intet signal, colour and symbol judged with the measure's
// direction), the small chart, and one line saying which signal decided. A click, Enter or
// Space opens the full chart.
class MeasureTile : public QFrame {
    Q_OBJECT

public:
    // `slipBack`: the sentence saying the measure slips back after an adopted change (empty
    // when it does not), shown under the reading with a symbol, not by colour alone.
    MeasureTile(const services::MeasureChart& chart, const services::DashboardData& data,
                QWidget* parent = nullptr, const QString& slipBack = {});

    domain::MeasureId measureId() const { return m_measureId; }
    charts::SignalVerdict::Kind verdict() const { return m_verdict.kind; }
    QString badgeText() const;
    QString slipBackText() const { return m_slipBack; }

signals:
    void activated(domain::MeasureId measure);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    domain::MeasureId m_measureId;
    charts::SignalVerdict m_verdict;
    QLabel* m_badge = nullptr;
    QString m_slipBack;
};

} // namespace medsafe::app
