#include "charts/ChartStyle.h"

namespace medsafe::charts {

namespace {
QPen makePen(const QColor& color, qreal width, Qt::PenStyle style) {
    QPen pen(color, width, style);
    // Square ends would run past the first and last point of a short segment.
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}
} // namespace

QPen ChartStyle::dataPen() {
    return makePen(dataColor(), kDataLineWidth, Qt::SolidLine);
}

QPen ChartStyle::centreLinePen(bool extended, bool runsSignal) {
    if (runsSignal) return makePen(signalColor(), kCentreLineWidth + 0.4, Qt::DashLine);
    return makePen(centreLineColor(), kCentreLineWidth, extended ? Qt::DashLine : Qt::SolidLine);
}

QPen ChartStyle::limitPen() {
    return makePen(limitColor(), kLimitLineWidth, Qt::SolidLine);
}

QPen ChartStyle::targetPen() {
    return makePen(targetColor(), kTargetLineWidth, Qt::DotLine);
}

QPen ChartStyle::annotationGuidePen() {
    QColor color = annotationColor();
    color.setAlpha(110);
    return makePen(color, 1.0, Qt::DotLine);
}

QFont ChartStyle::titleFont() {
    QFont font;
    font.setPointSizeF(12.5);
    font.setBold(true);
    return font;
}

QFont ChartStyle::axisLabelFont() {
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

QFont ChartStyle::bodyFont() {
    QFont font;
    font.setPointSizeF(9.5);
    return font;
}

} // namespace medsafe::charts
