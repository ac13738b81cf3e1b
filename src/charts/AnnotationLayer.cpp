#include "charts/AnnotationLayer.h"

#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVariant>
#include <algorithm>

namespace medsafe::charts {

namespace {
constexpr double kGapShare = 0.025;   // of the plot width: about two digits at 1366 px
constexpr double kMinGap = 0.35;      // points
constexpr double kMarkerLift = 0.015; // of the value range
} // namespace

QString AnnotationLayer::Group::text() const {
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

double AnnotationLayer::minGap(const ChartSpec& spec) {
    const double width = ChartAxes::xMax(spec) - ChartAxes::xMin(spec);
    return std::max(kMinGap, width * kGapShare);
}

QList<AnnotationLayer::Group> AnnotationLayer::group(const ChartSpec& spec) {
    QList<ChartAnnotation> sorted;
    for (const ChartAnnotation& a : spec.annotations) {
        if (a.date.isValid()) sorted << a;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const ChartAnnotation& a, const ChartAnnotation& b) {
        return a.date < b.date || (a.date == b.date && a.number < b.number);
    });
    const double gap = minGap(spec);
    QList<Group> groups;
    for (const ChartAnnotation& a : sorted) {
        const double x = ChartAxes::dateToX(spec.dates, a.date);
        if (!groups.isEmpty() && x - groups.last().x < gap) {
            groups.last().numbers << a.number;
            continue;
        }
        groups << Group{x, {a.number}};
    }
    return groups;
}

bool AnnotationLayer::addNumberRow(QChart* chart, const ChartSpec& spec) {
    const QList<Group> groups = group(spec);
    if (groups.isEmpty()) return false;
    auto* numberAxis = new QCategoryAxis;
    numberAxis->setObjectName(ChartSeriesNames::kAnnotationAxis);
    numberAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    numberAxis->setRange(ChartAxes::xMin(spec), ChartAxes::xMax(spec));
    numberAxis->setStartValue(ChartAxes::xMin(spec));
    numberAxis->setGridLineVisible(false);
    numberAxis->setLinePen(QPen(ChartStyle::limitColor(), 1.0));
    QFont font = ChartStyle::axisLabelFont();
    font.setBold(true);
    numberAxis->setLabelsFont(font);
    numberAxis->setLabelsColor(ChartStyle::annotationColor());
    for (const Group& g : groups)
        numberAxis->append(g.text(), g.x);
    chart->addAxis(numberAxis, Qt::AlignBottom);
    return true;
}

void AnnotationLayer::addGuides(QChart* chart, const ChartSpec& spec, QAbstractAxis* timeAxis,
                                QAbstractAxis* valueAxis, const ChartAxes::Range& range) {
    const QList<Group> groups = group(spec);
    for (const Group& g : groups) {
        auto* guide = new QLineSeries;
        guide->setObjectName(ChartSeriesNames::kAnnotationGuides);
        guide->setPen(ChartStyle::annotationGuidePen());
        guide->append(g.x, range.min);
        guide->append(g.x, range.max);
        chart->addSeries(guide);
        guide->attachAxis(timeAxis);
        guide->attachAxis(valueAxis);
    }
}

void AnnotationLayer::addMarkers(QChart* chart, const ChartSpec& spec, QAbstractAxis* timeAxis,
                                 QAbstractAxis* valueAxis, const ChartAxes::Range& range) {
    // One marker series per group, so each carries its numbers for whoever reads the model.
    for (const Group& g : group(spec)) {
        auto* marker = new QScatterSeries;
        marker->setObjectName(ChartSeriesNames::kAnnotations);
        marker->setProperty(ChartSeriesNames::kNumbersProperty, QVariant::fromValue(g.numbers));
        marker->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        marker->setMarkerSize(ChartStyle::kAnnotationMarkerSize);
        marker->setColor(ChartStyle::annotationColor());
        marker->setBorderColor(Qt::white);
        // Just above the axis line, whole: a marker cut in half by the plot's edge would
        // look like the ▲ that means "improvement".
        marker->append(g.x, range.min + (range.max - range.min) * kMarkerLift);
        chart->addSeries(marker);
        marker->attachAxis(timeAxis);
        marker->attachAxis(valueAxis);
    }
}

} // namespace medsafe::charts
