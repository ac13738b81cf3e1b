#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace medsafe::charts {

// Turns a ChartSpec into a Qt Charts QChart, drawn as docs/ui.md and docs/charts.md say:
// points joined by a thin line, broken at missing values and between parts; the centre line
// per part, solid over the baseline and dashed where carried forward, red and dashed when
// the part has a runs signal; thin grey limits (steps when n varies); a dotted target
// labelled on the right; larger red points outside the limits; hollow excluded points;
// numbered PDSA markers on the time axis. Every series carries an object name from
// ChartSeriesNames. Stateless; call it from the GUI thread (Qt Charts objects are GUI objects).
class RunChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(RunChartBuilder)

public:
    // The caller owns the returned chart (give it to a QChartView, or delete it).
    static QChart* build(const ChartSpec& spec);
    // "P-kontroldiagram (andel) · Enhed: % · jan. 2023 – dec. 2024".
    static QString subtitle(const ChartSpec& spec);
    static QString targetLabel(const ChartSpec& spec);
};

} // namespace medsafe::charts
