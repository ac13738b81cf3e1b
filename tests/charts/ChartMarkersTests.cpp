// The pharmacy's visits join a chart's PDSA markers (issue 15, item 4): merged by date,
// numbered again from 1, and left out when they fall outside the period the chart covers.
#include "charts/ChartMarkers.h"

#include <catch2/catch.hpp>

using namespace medsafe::charts;

TEST_CASE("Visit markers merge with the PDSA markers in date order, inside the chart's period", "[charts][markers]") {
    ChartSpec spec;
    spec.timeAxis = TimeAxisKind::Monthly;
    for (int m = 1; m <= 6; ++m) spec.dates << QDate(2025, m, 1);
    spec.annotations = {{1, QDate(2025, 2, 10), QStringLiteral("PDSA 1")}, {2, QDate(2025, 5, 3), QStringLiteral("PDSA 2")}};
    ChartMarkers::add(spec, {{0, QDate(2025, 3, 20), QStringLiteral("Apotek marts")},
                             {0, QDate(2025, 6, 28), QStringLiteral("Apotek juni")}, // inside June's point
                             {0, QDate(2024, 12, 31), QStringLiteral("før")},
                             {0, QDate(2025, 7, 1), QStringLiteral("efter")}});
    REQUIRE(spec.annotations.size() == 4);
    CHECK(spec.annotations[0].label == QStringLiteral("PDSA 1"));
    CHECK(spec.annotations[1].label == QStringLiteral("Apotek marts"));
    CHECK(spec.annotations[2].label == QStringLiteral("PDSA 2"));
    CHECK(spec.annotations[3].label == QStringLiteral("Apotek juni"));
    for (int i = 0; i < 4; ++i) CHECK(spec.annotations[i].number == i + 1);

    // On a chart of events the last point is a day, not a month.
    ChartSpec events;
    events.timeAxis = TimeAxisKind::Events;
    events.dates = {QDate(2025, 1, 5), QDate(2025, 3, 5)};
    ChartMarkers::add(events, {{0, QDate(2025, 3, 6), QStringLiteral("efter")}, {0, QDate(2025, 2, 1), QStringLiteral("inde")}});
    REQUIRE(events.annotations.size() == 1);
    CHECK(events.annotations.first().label == QStringLiteral("inde"));

    ChartSpec empty;
    ChartMarkers::add(empty, {{0, QDate(2025, 3, 6), QStringLiteral("x")}});
    CHECK(empty.annotations.isEmpty());
}
