#pragma once

#include "charts/ChartSpec.h"
#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/PdsaCycle.h"
#include "domain/Result.h"
#include "services/measures/DashboardService.h"
#include "services/measures/MeasureSeries.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace medsafe::charts {

// The one recipe for a measure's chart, used by the Målinger grid, Seriediagrammer, the CLI's
// chart command and the PDF reports alike: the measure's analysed series with its numbered
// PDSA markers (cycles linked to the measure, and the changes they adopted), the excluded
// points with their reasons, the target and the plotted direction. Stateless; GUI thread (it
// names chart series through tr()).
class MeasureChartRecipe {
    Q_DECLARE_TR_FUNCTIONS(MeasureChartRecipe)

public:
    // A chart the services analysed already (DashboardService).
    static ChartSpec fromChart(const services::MeasureChart& chart, const QList<domain::PdsaCycle>& cycles,
                               const QList<domain::ChangeIdea>& changeIdeas);
    // A series the caller holds, analysed here as a run chart (the grid's chart of the saved
    // values); a translated error when there is nothing to draw yet.
    static Result<ChartSpec> runChartOf(const domain::Measure& measure, const services::MeasureSeries& series,
                                        const QList<domain::PdsaCycle>& cycles,
                                        const QList<domain::ChangeIdea>& changeIdeas);
    // The same from one computed number per month (measures derived from incidents).
    static Result<ChartSpec> runChartOf(const domain::Measure& measure, const QHash<QDate, double>& monthlyValues,
                                        const QList<domain::PdsaCycle>& cycles,
                                        const QList<domain::ChangeIdea>& changeIdeas);
};

} // namespace medsafe::charts
