#pragma once

#include "domain/Measure.h"
#include "services/measures/DashboardService.h"
#include "services/measures/MeasureSeries.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace medsafe::services {

// The control chart of a measure after its change was adopted: the points from the adoption
// month on, with the centre line and limits frozen on the first (at most twelve) of them, so
// later months are judged against the level the change reached. A P chart for proportions,
// an I chart for everything else; computed by the analysis engine through ChartInputFactory
// like every other chart, so the numbers are qicharts2's.
struct FrozenChart {
    Q_DECLARE_TR_FUNCTIONS(FrozenChart)

public:
    static constexpr int kMinimumPoints = 6;
    static constexpr int kBaselinePoints = 12;

    MeasureChart chart; // the sliced series, the request (freeze = baseline) and the result
    QDate adoptedOn;
    int points = 0;         // usable points since adoption (a value, not excluded)
    int baselinePoints = 0; // of those, how many set the limits
    int freezeIndex = 0;    // index of the first point after the baseline (= size when none)
    QDate frozenFrom;       // first and last point of the baseline
    QDate frozenTo;
    // At the latest point, in plotted units (P chart limits vary with the month's n).
    std::optional<double> centre;
    std::optional<double> lower;
    std::optional<double> upper;

    bool enough() const { return points >= kMinimumPoints && chart.result.has_value(); }
    int missingPoints() const { return points >= kMinimumPoints ? 0 : kMinimumPoints - points; }
    // "Grænser fastfrosset fra marts 2026 til februar 2027".
    QString frozenText() const;
    // "Der mangler 2 måneder med målinger, før kontrolgrænserne kan fastfryses."
    QString missingText() const;

    static domain::ChartType chartTypeFor(domain::MeasureKind kind);
    // `series` is the measure's whole series; `baselinePoints` is there for the tests that
    // compare with qicharts2's cases of other baseline lengths.
    static FrozenChart of(const domain::Measure& measure, const MeasureSeries& series, const QDate& adoptedOn,
                          int baselinePoints = kBaselinePoints);
    // A point's date as the texts name it: the month, or the day for per-event series.
    static QString pointName(const QDate& date, bool perEvent);
};

} // namespace medsafe::services
