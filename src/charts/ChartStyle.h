#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

namespace medsafe::charts {

// The chart look of docs/ui.md in one place, so screen, report and export agree: a thin data
// line, a dark centre line (red and dashed on a runs signal), thin grey limits, a dotted target.
class ChartStyle {
public:
    static constexpr qreal kDataLineWidth = 1.5;
    static constexpr qreal kCentreLineWidth = 1.6;
    static constexpr qreal kLimitLineWidth = 1.0;
    static constexpr qreal kTargetLineWidth = 1.6;
    static constexpr qreal kPointSize = 7.0;
    static constexpr qreal kSignalPointSize = 11.0;
    static constexpr qreal kAnnotationMarkerSize = 9.0;

    static QColor dataColor() { return QColor(0x2c, 0x6f, 0xad); }
    static QColor centreLineColor() { return QColor(0x30, 0x30, 0x30); }
    static QColor signalColor() { return QColor(0xd0, 0x21, 0x2a); }
    static QColor limitColor() { return QColor(0x9a, 0x9a, 0x9a); }
    static QColor targetColor() { return QColor(0x6a, 0x3d, 0x9a); }
    static QColor annotationColor() { return QColor(0x4a, 0x5a, 0x6a); }
    static QColor gridColor() { return QColor(0xe6, 0xe6, 0xe6); }
    static QColor textColor() { return QColor(0x20, 0x20, 0x20); }
    static QColor mutedTextColor() { return QColor(0x5a, 0x5a, 0x5a); }
    static QColor backgroundColor() { return Qt::white; }

    static QPen dataPen();
    // Solid over the baseline, dashed where carried forward; red and dashed on a runs signal.
    static QPen centreLinePen(bool extended, bool runsSignal);
    static QPen limitPen();
    static QPen targetPen();
    static QPen annotationGuidePen();

    static QFont titleFont();
    static QFont axisLabelFont();
    static QFont bodyFont();
};

} // namespace medsafe::charts
