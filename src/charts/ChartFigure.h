#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;

namespace medsafe::charts {

// One chart as a finished figure for export and print: the chart on top, and beneath it the
// verdict, the plain-language reading, the numbers behind it and the legend of the numbered
// markers (docs/ui.md: "beneath it the plain-language reading"). Paints on any QPainter; the
// device should have 96 dpi logical resolution, so Qt Charts' point-size fonts keep the
// proportions they had when laid out (ChartExporter and ChartPrinter see to that).
class ChartFigure {
    Q_DECLARE_TR_FUNCTIONS(ChartFigure)

public:
    static constexpr qreal kTextMargin = 14.0;
    static constexpr qreal kMinChartShare = 0.5; // the text never squeezes the chart below this

    static void paint(QPainter* painter, const QRectF& rect, const ChartSpec& spec, bool withNarrative);
    // Renders a chart (any chart, e.g. one from RunChartBuilder) into `rect` of `painter`.
    static void paintChart(QPainter* painter, const QRectF& rect, QChart* chart);
    // The narrative as one HTML block, as it appears beneath the chart.
    static QString narrativeHtml(const ChartSpec& spec);
};

} // namespace medsafe::charts
