#include "MeasureFixture.h"
#include "services/measures/MeasureSeriesService.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using services::MeasureSeries;
using services::MeasureSeriesService;
using services::test::MeasureFixture;

namespace {
MeasureSeries seriesOf(MeasureFixture& f, const domain::Measure& m) {
    MeasureSeriesService service(*f.db);
    auto context = service.context(f.home, MeasureFixture::asOf());
    REQUIRE(context.ok());
    auto series = service.series(m, context.value());
    REQUIRE(series.ok());
    return series.value();
}
} // namespace

TEST_CASE("A typed proportion keeps numerator, denominator and baseline, and a missing month as a gap",
          "[measures]") {
    MeasureFixture f;
    const MeasureSeries s = seriesOf(f, f.proportion);
    REQUIRE(s.points.size() == 4);
    CHECK_FALSE(s.perEvent);
    CHECK(s.multiply == 100.0);
    CHECK(s.dates() ==
          QList<QDate>{QDate(2024, 1, 1), QDate(2024, 2, 1), QDate(2024, 3, 1), QDate(2024, 4, 1)});
    CHECK(s.points[0].numerator == 8.0);
    CHECK(s.points[0].denominator == 10.0);
    CHECK(s.points[0].baseline);
    CHECK_FALSE(s.points[1].numerator.has_value()); // February was never typed
    CHECK_FALSE(s.points[1].denominator.has_value());
    CHECK(s.points[3].numerator == 19.0);
    CHECK(s.points[3].denominator == 20.0);
    CHECK_FALSE(s.points[3].baseline);
}

TEST_CASE("A derived count has one point per programme month, zero months included", "[measures]") {
    MeasureFixture f;
    const MeasureSeries s = seriesOf(f, f.count);
    REQUIRE(s.points.size() == 24); // January 2024 to December 2025
    CHECK(s.points.first().date == QDate(2024, 1, 1));
    CHECK(s.points.last().date == QDate(2025, 12, 1));
    CHECK(s.points[0].numerator == 2.0); // 5 and 20 January
    CHECK(s.points[1].numerator == 0.0);
    CHECK(s.points[2].numerator == 2.0); // two on 10 March
    CHECK(s.points[23].numerator == 1.0);
    double total = 0;
    for (const auto& p : s.points) {
        total += p.numerator.value_or(0);
        CHECK_FALSE(p.denominator.has_value());
    }
    CHECK(total == 5.0); // the December 2023 incident lies before the programme
}

TEST_CASE("A derived rate divides by resident-days and scales by the multiplier", "[measures]") {
    MeasureFixture f;
    const MeasureSeries s = seriesOf(f, f.rate);
    REQUIRE(s.points.size() == 24);
    CHECK(s.multiply == 1000.0);
    CHECK(s.points[0].numerator == 2.0);
    CHECK(s.points[0].denominator == 310.0); // 10 residents × 31 days
    CHECK(s.points[1].denominator == 290.0); // February 2024 has 29 days
    CHECK(s.points[23].denominator == 310.0);
}

TEST_CASE("Days between events: one point per event, dated by the event, the first opened by an earlier one",
          "[measures]") {
    MeasureFixture f;
    const MeasureSeries s = seriesOf(f, f.daysBetween);
    CHECK(s.perEvent);
    REQUIRE(s.points.size() == 5);
    CHECK(s.dates() == QList<QDate>{QDate(2024, 1, 5), QDate(2024, 1, 20), QDate(2024, 3, 10),
                                    QDate(2024, 3, 10), QDate(2025, 12, 31)});
    CHECK(s.points[0].numerator == 16.0);
    CHECK(s.points[1].numerator == 15.0);
    CHECK(s.points[2].numerator == 50.0);
    CHECK(s.points[3].numerator == 0.0); // two errors on one day are two events
    CHECK(s.points[4].numerator == 661.0);

    const MeasureSeries doctor = seriesOf(f, f.doctorDays);
    REQUIRE(doctor.points.size() == 1);
    CHECK(doctor.points[0].date == QDate(2024, 3, 10));
    CHECK(doctor.points[0].numerator == 65.0);
}

TEST_CASE("The month range ends with the last complete month while the programme runs", "[measures]") {
    services::SeriesContext context;
    context.programme = domain::Programme::withDefaultPhases({}, QDate(2024, 1, 1));
    context.asOf = QDate(2024, 5, 10);
    auto range = context.monthRange();
    CHECK(range.first == QDate(2024, 1, 1));
    CHECK(range.last == QDate(2024, 4, 1)); // May is not over yet
    context.asOf = QDate(2030, 1, 1);
    context.lastIncident = QDate(2026, 2, 3);
    CHECK(context.monthRange().last == QDate(2026, 2, 1)); // incidents after the programme still count
    context.programme.reset();
    context.lastIncident.reset();
    CHECK_FALSE(context.monthRange().isValid()); // nothing to count from
}

TEST_CASE("Exclusions mark their month, or their event's day, with the reason", "[measures]") {
    MeasureFixture f;
    domain::ChartSettings settings;
    settings.exclusions = {{QDate(2024, 3, 1), QStringLiteral("Ferieafløsere talte æskerne")}};
    REQUIRE(storage::MeasureRepository(*f.db).saveChartSettings(f.proportion.id, settings).ok());
    auto series = MeasureSeriesService(*f.db).series(f.proportion.id, MeasureFixture::asOf());
    REQUIRE(series.ok());
    CHECK(series->points[2].excluded);
    CHECK(series->points[2].exclusionReason == QStringLiteral("Ferieafløsere talte æskerne"));
    CHECK_FALSE(series->points[3].excluded);

    MeasureSeries days = seriesOf(f, f.daysBetween);
    domain::ChartSettings byDay;
    byDay.exclusions = {{QDate(2024, 1, 20), QStringLiteral("Dobbeltregistreret")}};
    MeasureSeriesService::markExclusions(days, byDay);
    CHECK_FALSE(days.points[0].excluded);
    CHECK(days.points[1].excluded);
    CHECK_FALSE(days.points[2].excluded);
}

TEST_CASE("Days between medication errors are plotted higher-is-better", "[measures]") {
    MeasureFixture f;
    domain::Measure m = f.daysBetween;
    m.direction = domain::Direction::LowerIsBetter; // set the way the errors are counted
    CHECK(MeasureSeriesService::plottedDirection(m) == domain::Direction::HigherIsBetter);
    CHECK(MeasureSeriesService::plottedDirection(f.count) == domain::Direction::LowerIsBetter);
    CHECK(MeasureSeriesService::plottedDirection(f.proportion) == domain::Direction::HigherIsBetter);
}
