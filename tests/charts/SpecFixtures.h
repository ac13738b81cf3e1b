#pragma once

#include "analysis/ChartAnalyzer.h"
#include "charts/ChartSpec.h"

#include <catch2/catch.hpp>
#include <vector>

namespace medsafe::charts::test {

// Monthly dates from January 2023, one per point.
inline QList<QDate> months(int count, QDate first = QDate(2023, 1, 1)) {
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates << first.addMonths(i);
    return dates;
}

inline analysis::ChartResult analyse(analysis::ChartType type, const analysis::ChartInput& input) {
    const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(type, input);
    REQUIRE(std::holds_alternative<analysis::ChartResult>(outcome));
    return std::get<analysis::ChartResult>(outcome);
}

inline ChartSpec specFor(analysis::ChartType type, const analysis::ChartInput& input, const QString& title) {
    ChartSpec spec;
    spec.title = title;
    spec.result = analyse(type, input);
    spec.dates = months(static_cast<int>(spec.result.points.size()));
    return spec;
}

// A run chart of a proportion that improves after a frozen 12-month baseline, with two PDSA
// cycles and an excluded month.
inline ChartSpec improvingRunChart() {
    analysis::ChartInput in;
    in.y = {72, 75, 70, 74, 71, 76, 73, 69, 75, 72, 74, 71, // baseline
            78, 80, 79, 83, 82, 85, 84, 86, 85, 88, 87, 89};
    in.freeze = 12;
    in.exclude = {7};
    ChartSpec spec =
        specFor(analysis::ChartType::Run, in, QStringLiteral("Andel korrekt dispenserede doseringsæsker"));
    spec.unit = QStringLiteral("%");
    spec.yAxisLabel = QStringLiteral("Korrekt dispenseret (%)");
    spec.direction = domain::Direction::HigherIsBetter;
    spec.target = 90.0;
    spec.annotations = {
        {1, QDate(2024, 1, 10), QStringLiteral("Dobbeltkontrol ved dispensering (Implementér)")},
        {2, QDate(2024, 4, 3), QStringLiteral("Tjekliste ved doseringsæsker (Tilpas)")}};
    spec.exclusions = {{7, QStringLiteral("Ferieafløsere talte æskerne")}};
    return spec;
}

// A P chart of documented administrations, split into two parts when the new routine
// started, with varying denominators and one month far below the lower limit.
inline ChartSpec splitPChart() {
    analysis::ChartInput in;
    in.y = {160, 171, 150, 166, 158, 162, 170, 155, 150, 167, 161, 159, 120, // part 1 (month 13 is low)
            190, 186, 195, 188, 192, 185, 194, 191, 189, 196, 193};
    in.n = {200, 210, 190, 205, 198, 202, 212, 195, 188, 207, 200, 199,
            200, 205, 200, 210, 202, 206, 199, 208, 204, 203, 209, 206};
    in.parts = {13};
    in.multiply = 100;
    ChartSpec spec =
        specFor(analysis::ChartType::P, in, QStringLiteral("Andel korrekt dokumenterede administrationer"));
    spec.unit = QStringLiteral("%");
    spec.yAxisLabel = QStringLiteral("Korrekt dokumenteret (%)");
    spec.direction = domain::Direction::HigherIsBetter;
    spec.target = 95.0;
    spec.annotations = {
        {1, QDate(2024, 2, 1), QStringLiteral("Ny rutine for dokumentation i FMK (Implementér)")}};
    return spec;
}

// A T chart of days between medication errors that needed a doctor: errors come rarer.
inline ChartSpec daysBetweenTChart() {
    analysis::ChartInput in;
    in.y = {6, 14, 3, 21, 9, 12, 5, 17, 8, 11, 26, 38, 45, 31, 60, 52, 74, 90};
    ChartSpec spec = specFor(analysis::ChartType::T, in,
                             QStringLiteral("Dage mellem medicinfejl der krævede lægekontakt"));
    spec.timeAxis = TimeAxisKind::Events;
    QDate date(2023, 1, 4);
    spec.dates.clear();
    for (const auto& v : in.y) {
        date = date.addDays(static_cast<int>(*v));
        spec.dates << date;
    }
    spec.unit = QStringLiteral("dage");
    spec.yAxisLabel = QStringLiteral("Dage siden forrige fejl");
    spec.direction = domain::Direction::HigherIsBetter;
    spec.annotations = {
        {1, QDate(2023, 9, 1), QStringLiteral("Sikkerhedskalender på kontoret (Implementér)")},
        {2, QDate(2023, 9, 20), QStringLiteral("Genopfriskning for alle medarbejdere (Udvid)")},
        {3, QDate(2024, 3, 1), QStringLiteral("Apoteket kvalitetssikrer (Implementér)")}};
    return spec;
}

} // namespace medsafe::charts::test
