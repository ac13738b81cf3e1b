#pragma once

#include "analysis/ChartResult.h"

#include <QString>
#include <QWidget>
#include <optional>

namespace medsafe::app {

// A small multiple of a chart, painted directly (no Qt Charts scene), so a dashboard of a dozen
// measures builds in milliseconds. Draws what the full chart draws, in miniature: the values
// as a thin line with dots, the centre line per part (solid over the baseline, dashed where
// carried forward, red and dashed on a runs signal), the limits thin grey, points outside them
// red, excluded points hollow, the target dotted, and the value range at the left edge.
class SparkChart : public QWidget {
    Q_OBJECT

public:
    explicit SparkChart(QWidget* parent = nullptr);

    void setChart(const analysis::ChartResult& result, std::optional<double> target, const QString& unit,
                  const QString& firstLabel, const QString& lastLabel);
    const analysis::ChartResult& result() const { return m_result; }

    QSize sizeHint() const override { return {320, 88}; }
    QSize minimumSizeHint() const override { return {160, 70}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    analysis::ChartResult m_result;
    std::optional<double> m_target;
    QString m_unit;
    QString m_firstLabel;
    QString m_lastLabel;
    double m_min = 0;
    double m_max = 1;
};

} // namespace medsafe::app
