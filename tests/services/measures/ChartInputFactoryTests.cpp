#include "services/measures/ChartInputFactory.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using domain::ChartType;
using domain::MeasureKind;
using services::ChartInputFactory;
using services::ChartRequest;
using services::MeasurePoint;
using services::MeasureSeries;

namespace {
// 24 months from January 2024: 10 at first, 4 from month 13 (a clear step down).
MeasureSeries monthly(int months = 24) {
    MeasureSeries s;
    s.kind = MeasureKind::Count;
    for (int i = 0; i < months; ++i) {
        MeasurePoint p;
        p.date = QDate(2024, 1, 1).addMonths(i);
        p.numerator = (i < 12 ? 10.0 : 4.0) + (i % 3);
        s.points << p;
    }
    return s;
}
} // namespace

TEST_CASE("The control chart suits the kind", "[measures]") {
    CHECK(ChartInputFactory::controlChartFor(MeasureKind::Count) == ChartType::C);
    CHECK(ChartInputFactory::controlChartFor(MeasureKind::Rate) == ChartType::U);
    CHECK(ChartInputFactory::controlChartFor(MeasureKind::Proportion) == ChartType::P);
    CHECK(ChartInputFactory::controlChartFor(MeasureKind::DaysBetween) == ChartType::T);
    CHECK(ChartInputFactory::controlChartFor(MeasureKind::Value) == ChartType::I);
    CHECK(ChartInputFactory::choicesFor(MeasureKind::Proportion) ==
          QList<ChartType>{ChartType::Run, ChartType::P});
    CHECK_FALSE(ChartInputFactory::suits(MeasureKind::Count, ChartType::P));
    domain::Measure m;
    m.kind = MeasureKind::Count;
    m.defaultChart = ChartType::U; // does not suit a count
    CHECK(ChartInputFactory::defaultChartFor(m) == ChartType::Run);
}

TEST_CASE("Freeze month, split dates and excluded periods become point indexes", "[measures]") {
    MeasureSeries s = monthly();
    s.points[7].excluded = true;
    s.points[7].exclusionReason = QStringLiteral("Ferieafløsere");
    domain::ChartSettings settings;
    settings.freezeEnd = QDate(2024, 6, 1);                        // through June: 6 points
    settings.splitDates = {QDate(2025, 1, 15), QDate(2030, 1, 1)}; // mid-month: the month's point
    const ChartRequest r = ChartInputFactory::make(s, settings, ChartType::Run);
    CHECK(r.freezePoints == 6);
    CHECK(r.input.freeze == 6);
    CHECK(r.partStarts == QList<int>{12});
    CHECK(r.input.parts == std::vector<int>{12});
    CHECK(r.excluded == QList<int>{7});
    CHECK(r.exclusionReasons == QStringList{QStringLiteral("Ferieafløsere")});
    CHECK(r.input.exclude == std::vector<int>{7});
    CHECK(r.notes.size() == 1); // the 2030 split matches no point
    CHECK(r.dates.size() == 24);
    CHECK(r.input.y.size() == 24);
    CHECK(r.input.n.empty());
}

TEST_CASE("A freeze on the last month or before the first point is left out with a note", "[measures]") {
    const MeasureSeries s = monthly(6);
    domain::ChartSettings settings;
    settings.freezeEnd = QDate(2024, 6, 1);
    CHECK_FALSE(ChartInputFactory::make(s, settings, ChartType::Run).input.freeze.has_value());
    settings.freezeEnd = QDate(2023, 6, 1);
    const ChartRequest r = ChartInputFactory::make(s, settings, ChartType::Run);
    CHECK_FALSE(r.input.freeze.has_value());
    CHECK(r.notes.size() == 1);
}

TEST_CASE("Proportions carry denominators and percent; a T chart shows same-day events half a day apart",
          "[measures]") {
    MeasureSeries p;
    p.kind = MeasureKind::Proportion;
    p.multiply = 100;
    for (int i = 0; i < 4; ++i)
        p.points << MeasurePoint{QDate(2024, 1 + i, 1), 8.0 + i, 10.0 + i, false, false, {}};
    const ChartRequest pr = ChartInputFactory::make(p, {}, ChartType::P);
    CHECK(pr.input.multiply == 100.0);
    CHECK(pr.input.n.size() == 4);
    CHECK(pr.input.n[1] == 11.0);

    MeasureSeries d;
    d.kind = MeasureKind::DaysBetween;
    d.perEvent = true;
    d.points << MeasurePoint{QDate(2024, 1, 5), 3.0, {}, false, false, {}}
             << MeasurePoint{QDate(2024, 1, 5), 0.0, {}, false, false, {}};
    CHECK(ChartInputFactory::make(d, {}, ChartType::T).input.y[1] == ChartInputFactory::kSameDayInterval);
    CHECK(ChartInputFactory::make(d, {}, ChartType::Run).input.y[1] == 0.0);
}

TEST_CASE("Freeze and split together: the baseline stays frozen inside its part", "[measures]") {
    const MeasureSeries s = monthly();
    domain::ChartSettings settings;
    settings.freezeEnd = QDate(2024, 6, 1);
    settings.splitDates = {QDate(2025, 1, 1)};
    const ChartRequest r = ChartInputFactory::make(s, settings, ChartType::Run);
    const auto outcome = ChartInputFactory::analyze(r);
    REQUIRE(std::holds_alternative<analysis::ChartResult>(outcome));
    const auto& result = std::get<analysis::ChartResult>(outcome);
    REQUIRE(result.points.size() == 24);
    REQUIRE(result.parts.size() == 2);
    CHECK(result.parts[0].first == 0);
    CHECK(result.parts[0].last == 11);
    CHECK(result.parts[1].first == 12);
    CHECK(result.parts[1].last == 23);
    for (int i = 0; i < 24; ++i) {
        INFO(i);
        CHECK(result.points[static_cast<std::size_t>(i)].index == i);
        CHECK(result.points[static_cast<std::size_t>(i)].part == (i < 12 ? 0 : 1));
        CHECK(result.points[static_cast<std::size_t>(i)].baseline == (i < 6 || i >= 12));
    }
    // The frozen median is the median of the first six values (10, 11, 12, 10, 11, 12).
    CHECK(result.points[8].cl == 11.0);
    CHECK(result.points[20].cl == 5.0); // the new part's own median (4, 5, 6, ...)

    // Without a freeze the per-part route is not taken, and the engine's parts give the same lines.
    settings.freezeEnd = QDate();
    const auto plain = std::get<analysis::ChartResult>(
        ChartInputFactory::analyze(ChartInputFactory::make(s, settings, ChartType::Run)));
    CHECK(plain.points[20].cl == result.points[20].cl);
    CHECK(plain.parts[1].longestRun == result.parts[1].longestRun);
}
