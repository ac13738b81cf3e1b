#include "charts/TimeAxisLabels.h"

#include "charts/ChartAxes.h"
#include "charts/ChartNumberFormat.h"
#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace medsafe::charts {

namespace {
constexpr const char* kStrideProperty = "labelStride";

QString labelFor(const QDate& date, TimeAxisKind kind) {
    return kind == TimeAxisKind::Monthly ? ChartNumberFormat::month(date) : ChartNumberFormat::day(date);
}

bool labelled(int index, const QDate& date, int stride, TimeAxisKind kind) {
    if (kind == TimeAxisKind::Events) return index % stride == 0;
    if (stride < 12 && 12 % stride == 0) return (date.month() - 1) % stride == 0;
    if (stride % 12 == 0) return date.month() == 1 && date.year() % (stride / 12) == 0;
    return index % stride == 0;
}
} // namespace

int TimeAxisLabels::stride(int count, TimeAxisKind kind, qreal plotWidth, qreal labelWidth) {
    if (count <= 0 || plotWidth <= 0) return 1;
    const qreal perPoint = plotWidth / count;
    const int needed = std::max(1, static_cast<int>(std::ceil(labelWidth / perPoint)));
    if (kind == TimeAxisKind::Events) return needed;
    for (int s : {1, 2, 3, 4, 6, 12, 24, 60, 120}) {
        if (s >= needed) return s;
    }
    return needed;
}

QCategoryAxis* TimeAxisLabels::create(const ChartSpec& spec) {
    auto* axis = new QCategoryAxis;
    axis->setObjectName(ChartSeriesNames::kTimeAxis);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(ChartAxes::xMin(spec), ChartAxes::xMax(spec));
    axis->setStartValue(ChartAxes::xMin(spec));
    axis->setGridLineVisible(false);
    axis->setLabelsFont(ChartStyle::axisLabelFont());
    axis->setLabelsColor(ChartStyle::mutedTextColor());
    axis->setLinePen(QPen(ChartStyle::limitColor(), 1.0));
    fit(axis, spec.dates.mid(0, static_cast<qsizetype>(spec.result.points.size())), spec.timeAxis,
        kDefaultPlotWidth);
    return axis;
}

void TimeAxisLabels::keepFitted(QChart* chart, QCategoryAxis* axis, const ChartSpec& spec) {
    const QList<QDate> dates = spec.dates.mid(0, static_cast<qsizetype>(spec.result.points.size()));
    const TimeAxisKind kind = spec.timeAxis;
    QObject::connect(chart, &QChart::plotAreaChanged, axis,
                     [axis, dates, kind](const QRectF& area) { fit(axis, dates, kind, area.width()); });
}

void TimeAxisLabels::fit(QCategoryAxis* axis, const QList<QDate>& dates, TimeAxisKind kind, qreal plotWidth) {
    const auto count = static_cast<int>(dates.size());
    qreal widest = 0;
    const QFontMetricsF metrics(axis->labelsFont());
    for (const QDate& date : dates) {
        if (date.isValid()) widest = std::max(widest, metrics.horizontalAdvance(labelFor(date, kind)));
    }
    const int step = stride(count, kind, plotWidth, widest + kLabelGap);
    // Refitting re-lays out the chart, which reports the plot area again: stop when settled.
    if (axis->property(kStrideProperty).toInt() == step) return;
    axis->setProperty(kStrideProperty, step);
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    QSet<QString> used; // QCategoryAxis keys its categories by label
    for (int i = 0; i < count; ++i) {
        const QDate& date = dates[i];
        if (!date.isValid() || !labelled(i, date, step, kind)) continue;
        const QString label = labelFor(date, kind);
        if (used.contains(label)) continue;
        used.insert(label);
        axis->append(label, i);
    }
}

} // namespace medsafe::charts
