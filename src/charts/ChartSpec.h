#pragma once

#include "analysis/ChartResult.h"
#include "domain/Measure.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::charts {

// A PDSA cycle or an adopted change shown on the chart: only the number is drawn on the
// plot; the label goes in the legend below it, so texts never overlap the data.
struct ChartAnnotation {
    int number = 0;
    QDate date;
    QString label; // e.g. "Dobbeltkontrol ved dispensering (Implementér)"

    friend bool operator==(const ChartAnnotation&, const ChartAnnotation&) = default;
};

// Why a point was left out of the centre line and the signal rules; shown beside the chart.
struct ExcludedPointNote {
    int index = 0; // 0-based point index into ChartSpec::dates
    QString reason;

    friend bool operator==(const ExcludedPointNote&, const ExcludedPointNote&) = default;
};

// How the time axis is labelled: one point per month ("jan. 2024") or one point per event
// (T and G charts: "3. jan. 2024").
enum class TimeAxisKind { Monthly, Events };

// Everything needed to draw one chart, as plain values: the analysis result plus the words
// and dates around it. Built by the GUI, the report and the CLI alike, so they draw the same.
struct ChartSpec {
    QString title;      // the measure's name
    QString unit;       // appended to numbers in the explanation, e.g. "%" or "dage"
    QString yAxisLabel; // e.g. "Andel korrekt dispenserede (%)"
    QList<QDate> dates; // one per point of `result`, in order
    TimeAxisKind timeAxis = TimeAxisKind::Monthly;
    analysis::ChartResult result;
    // The direction of the plotted values (for a T chart of days between errors: higher).
    domain::Direction direction = domain::Direction::LowerIsBetter;
    std::optional<double> target; // in plotted units (after multiply)
    QList<ChartAnnotation> annotations;
    QList<ExcludedPointNote> exclusions;
};

} // namespace medsafe::charts
