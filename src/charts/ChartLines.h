#pragma once

#include "charts/ChartSpec.h"

#include <QList>

class QLineSeries;

namespace medsafe::charts {

// The horizontal lines of a chart, part by part: the centre line (a solid piece over the
// baseline and a dashed piece where a frozen baseline is carried forward; red and dashed on
// a runs signal) and the control limits (straight, or steps when the limits vary with n).
// Returns unowned series; the caller adds them to a chart, which then owns them.
class ChartLines {
public:
    static QList<QLineSeries*> centreLines(const ChartSpec& spec);
    static QList<QLineSeries*> limits(const ChartSpec& spec);
};

} // namespace medsafe::charts
