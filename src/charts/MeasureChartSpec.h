#pragma once

#include "analysis/ChartResult.h"
#include "charts/ChartSpec.h"
#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/PdsaCycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::charts {

// What a measure's chart is drawn from, as plain values (the services compute them; the
// charts library does not read the database).
struct MeasureChartSource {
    domain::Measure measure;
    QList<QDate> dates;    // one per point of `result`
    bool perEvent = false; // days between events: one point per event
    analysis::ChartResult result;
    domain::Direction plottedDirection = domain::Direction::LowerIsBetter;
    QList<ExcludedPointNote> exclusions;
    QList<domain::PdsaCycle> cycles;       // the botilbud's; only those linked to the measure are used
    QList<domain::ChangeIdea> changeIdeas; // for the names of adopted changes
};

// Fills a ChartSpec for a measure: title, unit, axis label, dates, result, the direction of
// the plotted values, the target in plotted units, the numbered annotations (PDSA cycles
// linked to the measure at their start, and the changes they adopted at the cycle's end) and
// the reasons of excluded points. Used by the dashboard, the full chart and the CLI alike.
class MeasureChartSpec {
    Q_DECLARE_TR_FUNCTIONS(MeasureChartSpec)

public:
    static ChartSpec build(const MeasureChartSource& source);

    // Numbered in date order, inside the period the chart covers (markers outside it would sit
    // on the plot's edge and be read as belonging to the first or last point).
    static QList<ChartAnnotation> annotations(domain::MeasureId measure,
                                              const QList<domain::PdsaCycle>& cycles,
                                              const QList<domain::ChangeIdea>& changeIdeas, const QDate& from,
                                              const QDate& to);
    // "%", "pr. 1.000 beboerdøgn", "dage", "hændelser" or nothing.
    static QString unit(const domain::Measure& measure, bool perEvent);
    static QString yAxisLabel(const domain::Measure& measure, bool perEvent);
    // The target in plotted units: a proportion's target may be stored as a fraction (0.9)
    // or as percent (90); it is plotted as percent.
    static std::optional<double> plottedTarget(const domain::Measure& measure);
};

} // namespace medsafe::charts
