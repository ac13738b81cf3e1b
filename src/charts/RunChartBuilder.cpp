#include "charts/RunChartBuilder.h"

#include "charts/AnnotationLayer.h"
#include "charts/ChartAxes.h"
#include "charts/ChartLines.h"
#include "charts/ChartNumberFormat.h"
#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTypeNames.h"
#include "charts/TimeAxisLabels.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace medsafe::charts {

using analysis::ChartPoint;

namespace {
struct Axes {
    QAbstractAxis* time = nullptr;
    QAbstractAxis* value = nullptr;
};

void attach(QChart* chart, QAbstractSeries* series, const Axes& axes) {
    chart->addSeries(series);
    series->attachAxis(axes.time);
    series->attachAxis(axes.value);
}

QScatterSeries* makePoints(const char* name, const QColor& fill, const QColor& border, qreal size) {
    auto* series = new QScatterSeries;
    series->setObjectName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(border);
    QPen pen(border, 1.6);
    series->setPen(pen);
    return series;
}

// The data line, broken at missing values and at part boundaries, one series per piece.
void addValueLines(QChart* chart, const ChartSpec& spec, const Axes& axes) {
    QLineSeries* current = nullptr;
    int currentPart = -1;
    for (const ChartPoint& p : spec.result.points) {
        if (!p.y || p.part != currentPart) {
            current = nullptr;
            currentPart = p.part;
        }
        if (!p.y) continue;
        if (!current) {
            current = new QLineSeries;
            current->setObjectName(ChartSeriesNames::kValue);
            current->setProperty(ChartSeriesNames::kPartProperty, p.part);
            current->setPen(ChartStyle::dataPen());
            attach(chart, current, axes);
        }
        current->append(p.index, *p.y);
    }
}

void addPoints(QChart* chart, const ChartSpec& spec, const Axes& axes) {
    auto* normal = makePoints(ChartSeriesNames::kValuePoints, ChartStyle::dataColor(),
                              ChartStyle::dataColor(), ChartStyle::kPointSize);
    auto* excluded = makePoints(ChartSeriesNames::kExcludedPoints, ChartStyle::backgroundColor(),
                                ChartStyle::dataColor(), ChartStyle::kPointSize + 1.0);
    auto* sigma = makePoints(ChartSeriesNames::kSigmaPoints, ChartStyle::signalColor(),
                             ChartStyle::signalColor(), ChartStyle::kSignalPointSize);
    auto* excludedSigma = makePoints(ChartSeriesNames::kExcludedSigmaPoints, ChartStyle::backgroundColor(),
                                     ChartStyle::signalColor(), ChartStyle::kSignalPointSize);
    for (const ChartPoint& p : spec.result.points) {
        if (!p.y) continue;
        if (!p.include)
            (p.sigmaSignal ? excludedSigma : excluded)->append(p.index, *p.y);
        else
            (p.sigmaSignal ? sigma : normal)->append(p.index, *p.y);
    }
    // Empty series stay in the chart so the model always has the same names.
    for (QScatterSeries* series : {normal, excluded, excludedSigma, sigma})
        attach(chart, series, axes);
}

void addTarget(QChart* chart, const ChartSpec& spec, const Axes& axes) {
    if (!spec.target) return;
    auto* series = new QLineSeries;
    series->setObjectName(ChartSeriesNames::kTarget);
    series->setPen(ChartStyle::targetPen());
    series->append(ChartAxes::xMin(spec), *spec.target);
    series->append(ChartAxes::xMax(spec), *spec.target);
    attach(chart, series, axes);
}

// The target's words go on a right-hand axis row at the target's height: labelled, and
// outside the plot, so it never covers a point.
void addTargetLabel(QChart* chart, const ChartSpec& spec, const ChartAxes::Range& range) {
    if (!spec.target) return;
    auto* axis = new QCategoryAxis;
    axis->setObjectName(ChartSeriesNames::kTargetAxis);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(range.min, range.max);
    axis->setStartValue(range.min);
    axis->setGridLineVisible(false);
    axis->setLineVisible(false);
    QFont font = ChartStyle::axisLabelFont();
    font.setBold(true);
    axis->setLabelsFont(font);
    axis->setLabelsColor(ChartStyle::targetColor());
    axis->append(RunChartBuilder::targetLabel(spec), *spec.target);
    chart->addAxis(axis, Qt::AlignRight);
}

QString title(const ChartSpec& spec) {
    return QStringLiteral("<div style='font-size:12.5pt; font-weight:600; color:#202020'>%1</div>"
                          "<div style='font-size:9pt; color:#5a5a5a'>%2</div>")
        .arg(spec.title.toHtmlEscaped(), RunChartBuilder::subtitle(spec).toHtmlEscaped());
}
} // namespace

QString RunChartBuilder::subtitle(const ChartSpec& spec) {
    QStringList parts;
    parts << ChartTypeNames::name(spec.result.chart);
    if (!spec.unit.isEmpty()) parts << tr("Unit: %1").arg(spec.unit);
    const QString period = ChartNumberFormat::period(spec.dates, spec.timeAxis == TimeAxisKind::Monthly);
    if (!period.isEmpty()) parts << period;
    return parts.join(QStringLiteral(" · "));
}

QString RunChartBuilder::targetLabel(const ChartSpec& spec) {
    if (!spec.target) return {};
    return tr("Target %1").arg(ChartNumberFormat::withUnit(*spec.target, spec.unit));
}

QChart* RunChartBuilder::build(const ChartSpec& spec) {
    auto* chart = new QChart;
    chart->setObjectName(ChartSeriesNames::kChart);
    chart->legend()->hide();
    chart->setBackgroundBrush(ChartStyle::backgroundColor());
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->setLocale(QLocale(QLocale::Danish, QLocale::Denmark));
    chart->setLocalizeNumbers(true);
    chart->setTitle(title(spec));

    const ChartAxes::Range range = ChartAxes::valueRange(spec);
    Axes axes;
    axes.value = ChartAxes::createValueAxis(range, spec.yAxisLabel);
    chart->addAxis(axes.value, Qt::AlignLeft);
    const bool numbered = AnnotationLayer::addNumberRow(chart, spec);
    QCategoryAxis* timeAxis = TimeAxisLabels::create(spec);
    // The plot's bottom edge belongs to the axis next to it; a second line under the
    // number row would look like part of the value scale.
    timeAxis->setLineVisible(!numbered);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    TimeAxisLabels::keepFitted(chart, timeAxis, spec);
    axes.time = timeAxis;
    addTargetLabel(chart, spec, range);

    // Drawing order is insertion order: guides under limits under lines under points.
    AnnotationLayer::addGuides(chart, spec, axes.time, axes.value, range);
    for (QLineSeries* line : ChartLines::limits(spec))
        attach(chart, line, axes);
    addTarget(chart, spec, axes);
    for (QLineSeries* line : ChartLines::centreLines(spec))
        attach(chart, line, axes);
    addValueLines(chart, spec, axes);
    addPoints(chart, spec, axes);
    AnnotationLayer::addMarkers(chart, spec, axes.time, axes.value, range);
    return chart;
}

} // namespace medsafe::charts
