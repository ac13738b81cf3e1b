#pragma once

#include "charts/ChartSpec.h"

#include <QList>

class QCategoryAxis;
class QChart;

namespace medsafe::charts {

// The time axis: Danish month labels ("jan. 2024") or, for event charts, day labels, at
// x = point index. As many labels as fit the plot's width without colliding: monthly labels
// keep to calendar steps (every month, 2, 3, 4 or 6 months, every year), so a quarter
// starts at jan./apr./jul./okt. The labels are refitted whenever the plot is resized.
class TimeAxisLabels {
public:
    static constexpr qreal kDefaultPlotWidth = 820.0; // until the chart is first laid out
    static constexpr qreal kLabelGap = 16.0;          // pixels between neighbouring labels

    static QCategoryAxis* create(const ChartSpec& spec);
    // Refits `axis` whenever `chart`'s plot area changes; call after adding the axis.
    static void keepFitted(QChart* chart, QCategoryAxis* axis, const ChartSpec& spec);
    // Months (or points, for events) between labels so that each label gets `labelWidth`.
    static int stride(int count, TimeAxisKind kind, qreal plotWidth, qreal labelWidth);

private:
    static void fit(QCategoryAxis* axis, const QList<QDate>& dates, TimeAxisKind kind, qreal plotWidth);
};

} // namespace medsafe::charts
