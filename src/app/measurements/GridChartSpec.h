#pragma once

#include "charts/ChartSpec.h"
#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace medsafe::app {

// The small run chart beside the Målinger grid: turns a measure and its monthly values (typed,
// or computed from incidents) into a ChartSpec through the services' chart input, the analysis
// engine and charts::MeasureChartSpec, so it reads like the Seriediagrammer view. Stateless;
// GUI thread.
class GridChartSpec {
    Q_DECLARE_TR_FUNCTIONS(GridChartSpec)
public:
    // An error (translated) when there is nothing to draw yet.
    static Result<charts::ChartSpec> typed(const domain::Measure& measure, const QList<domain::Measurement>& values);
    static Result<charts::ChartSpec> computed(const domain::Measure& measure, const QHash<QDate, double>& values);
};

} // namespace medsafe::app
