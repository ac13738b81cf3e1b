#include "MeasureFixture.h"
#include "services/measures/DashboardService.h"
#include "storage/PdsaRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using services::DashboardService;
using services::ProgrammeProgress;
using services::test::MeasureFixture;

TEST_CASE("The dashboard computes every active measure in sort order, with the days since the last error",
          "[measures]") {
    MeasureFixture f;
    auto data = DashboardService(*f.db).load(f.home, MeasureFixture::asOf());
    REQUIRE(data.ok());
    REQUIRE(data->charts.size() == 5);
    CHECK(data->charts[0].measure.id == f.proportion.id);
    CHECK(data->charts[1].measure.id == f.count.id);
    CHECK(data->botilbud.name == QStringLiteral("Testhjemmet"));
    CHECK(data->lastErrorDate == QDate(2025, 12, 31));
    CHECK(data->daysSinceLastError == static_cast<int>(QDate(2025, 12, 31).daysTo(MeasureFixture::asOf())));
    CHECK(data->progress.state == ProgrammeProgress::State::Ended);
    CHECK(data->progress.months == 24);

    const services::MeasureChart& count = data->charts[1];
    REQUIRE(count.result.has_value());
    CHECK(count.request.chart == domain::ChartType::Run);
    CHECK(count.result->points.size() == 24);
    const services::MeasureChart& days = data->charts[3];
    CHECK(days.request.chart == domain::ChartType::T);
    CHECK(days.plottedDirection == domain::Direction::HigherIsBetter);
    REQUIRE(days.result.has_value()); // the same-day pair is plotted, not refused
    const services::MeasureChart& doctor = data->charts[4];
    CHECK_FALSE(doctor.result.has_value()); // one interval is too few for a chart
    CHECK_FALSE(doctor.problem.isEmpty());
}

TEST_CASE("The dashboard read for an earlier day counts from the last error up to that day", "[measures]") {
    MeasureFixture f;
    // At the end of April 2024 the last error was on 10 March; the one of 31 December 2025 had
    // not happened yet.
    auto data = DashboardService(*f.db).load(f.home, QDate(2024, 4, 30));
    REQUIRE(data.ok());
    CHECK(data->lastErrorDate == QDate(2024, 3, 10));
    CHECK(data->daysSinceLastError == 51);
}

TEST_CASE("Programme progress names the phase and the month", "[measures]") {
    const auto programme = domain::Programme::withDefaultPhases({}, QDate(2024, 1, 1));
    const ProgrammeProgress p = ProgrammeProgress::of(programme, QDate(2024, 11, 20));
    CHECK(p.state == ProgrammeProgress::State::Running);
    CHECK(p.phase == 2);
    CHECK(p.month == 11);
    CHECK(p.months == 24);
    CHECK(ProgrammeProgress::of(programme, QDate(2023, 5, 1)).state == ProgrammeProgress::State::NotStarted);
    CHECK(ProgrammeProgress::of(std::nullopt, QDate(2024, 5, 1)).state ==
          ProgrammeProgress::State::NoProgramme);
    // DashboardService::daysSince moved to IncidentStatistics::daysSince, and its checks with it
    // (tests/services/incidents/IncidentStatisticsTests.cpp).
}

TEST_CASE("One measure's chart in a chosen type, with the botilbud's cycles for the annotations",
          "[measures]") {
    MeasureFixture f;
    domain::PdsaCycle cycle;
    cycle.botilbudId = f.home;
    cycle.number = 1;
    cycle.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    cycle.startDate = QDate(2024, 3, 4);
    cycle.measureIds = {f.proportion.id};
    REQUIRE(storage::PdsaRepository(*f.db).add(cycle).ok());
    auto data =
        DashboardService(*f.db).loadOne(f.proportion.id, domain::ChartType::P, MeasureFixture::asOf());
    REQUIRE(data.ok());
    REQUIRE(data->charts.size() == 1);
    CHECK(data->charts[0].request.chart == domain::ChartType::P);
    REQUIRE(data->charts[0].result.has_value());
    CHECK(data->charts[0].result->points[0].y == Approx(80.0));
    REQUIRE(data->cycles.size() == 1);
    CHECK(data->cycles[0].measureIds == QList<domain::MeasureId>{f.proportion.id});
}
