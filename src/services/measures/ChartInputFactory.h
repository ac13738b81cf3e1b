#pragma once

#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartInput.h"
#include "domain/ChartSettings.h"
#include "domain/Measure.h"
#include "services/measures/MeasureSeries.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace medsafe::services {

// One chart ready for the engine: the input with dates turned into point indexes, the dates
// of the points, and the reasons of the excluded points.
struct ChartRequest {
    domain::ChartType chart = domain::ChartType::Run;
    analysis::ChartInput input;
    QList<QDate> dates;
    QList<int> excluded;          // point indexes, ascending (as in input.exclude)
    QStringList exclusionReasons; // one per entry of `excluded`
    int freezePoints = 0;         // baseline points; 0 = no freeze
    QList<int> partStarts;        // first point of each new part
    // Settings that matched no point or no valid place (technical English, for the log).
    QStringList notes;
};

// Turns a measure's series and chart settings into engine input: the freeze month becomes the
// number of baseline points, split dates become part starts, excluded periods become point
// indexes, and the measure's kind picks the chart that suits it. Stateless.
//
// A freeze and splits may be combined: the baseline is then frozen inside the part that holds
// the freeze month, and every other part gets its own centre line (`analyze`). The engine on its
// own lets parts override a freeze, as qicharts2 does, which would silently drop the leader's
// baseline.
class ChartInputFactory {
public:
    // The control chart that suits a kind: count → C, rate → U, proportion → P,
    // days between → T, value → I.
    static domain::ChartType controlChartFor(domain::MeasureKind kind);
    // The choices offered for a kind: the run chart and its control chart (days between also G).
    static QList<domain::ChartType> choicesFor(domain::MeasureKind kind);
    static bool suits(domain::MeasureKind kind, domain::ChartType chart);
    // The measure's own chart when it suits its kind, otherwise the run chart.
    static domain::ChartType defaultChartFor(const domain::Measure& measure);
    static analysis::ChartType toAnalysis(domain::ChartType chart);

    static ChartRequest make(const MeasureSeries& series, const domain::ChartSettings& settings,
                             domain::ChartType chart);
    // Runs the engine, freezing the baseline inside its part when parts are set too.
    static analysis::AnalysisOutcome analyze(const ChartRequest& request);

    // A T chart cannot show 0 days: two events on the same day are plotted half a day apart.
    static constexpr double kSameDayInterval = 0.5;
};

} // namespace medsafe::services
