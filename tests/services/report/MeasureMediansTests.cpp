#include "services/report/FinalEvaluationCollector.h"
#include "services/report/MeasureMedians.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using services::MeasureMedians;

namespace {
// A monthly count measure from `values`, the first `baseline` marked as baseline.
services::MeasureChart chartOf(const QList<double>& values, int baseline, QList<QDate> splits = {}) {
    domain::Measure measure;
    measure.name = QStringLiteral("Antal medicinfejl");
    measure.kind = domain::MeasureKind::Count;
    measure.chartSettings.splitDates = std::move(splits);
    services::MeasureSeries series;
    series.kind = measure.kind;
    for (int i = 0; i < values.size(); ++i) {
        services::MeasurePoint p;
        p.date = QDate(2024, 1, 1).addMonths(i);
        p.numerator = values[i];
        p.baseline = i < baseline;
        series.points << p;
    }
    return services::DashboardService::chartOf(measure, series, domain::ChartType::Run);
}
} // namespace

TEST_CASE("Median of an odd and an even number of values", "[report][medians]") {
    CHECK(*MeasureMedians::median({5, 1, 3}) == 3);
    CHECK(*MeasureMedians::median({4, 1, 3, 2}) == 2.5);
    CHECK_FALSE(MeasureMedians::median({}).has_value());
}

TEST_CASE("Baseline median over the baseline points, latest over the last six", "[report][medians]") {
    // Baseline 6 months around 8; then 10 months falling to around 2.
    const auto chart = chartOf({8, 9, 7, 8, 10, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 3}, 6);
    const MeasureMedians m = MeasureMedians::of(chart);
    REQUIRE(m.baseline.has_value());
    CHECK(*m.baseline == 8);       // 6 7 8 8 9 10
    CHECK(m.baselineFrom == QDate(2024, 1, 1));
    CHECK(m.baselineTo == QDate(2024, 6, 1));
    REQUIRE(m.latest.has_value());
    CHECK(*m.latest == 2.5);       // last six: 3 3 2 2 1 3 -> 2 2 3 3 ... median 2.5
    CHECK(m.latestFrom == QDate(2024, 11, 1));
    CHECK(m.latestTo == QDate(2025, 4, 1));
}

TEST_CASE("A split chart takes its first and last part", "[report][medians]") {
    const auto chart = chartOf({8, 9, 7, 8, 10, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 3}, 0, {QDate(2024, 9, 1)});
    const MeasureMedians m = MeasureMedians::of(chart);
    REQUIRE(m.baseline.has_value());
    CHECK(*m.baseline == 7.5); // first part Jan-Aug: 8 9 7 8 10 6 5 5 -> 5 5 6 7 8 8 9 10
    REQUIRE(m.latest.has_value());
    CHECK(*m.latest == 3);     // last part Sep-Apr: 4 4 3 3 2 2 1 3 -> 1 2 2 3 3 3 4 4 -> 3
    CHECK(m.latestFrom == QDate(2024, 9, 1));
}

TEST_CASE("Adopted changes and lessons come from the finished cycles", "[report][final]") {
    domain::ChangeIdea a;
    a.id = domain::ChangeIdeaId{1};
    a.title = QStringLiteral("Dobbeltkontrol");
    domain::ChangeIdea b;
    b.id = domain::ChangeIdeaId{2};
    b.title = QStringLiteral("Medicinvest");
    const auto cycle = [](int number, qint64 idea, domain::PdsaStatus status, std::optional<domain::ActDecision> d,
                          QDate end, QString learning) {
        domain::PdsaCycle c;
        c.number = number;
        c.changeIdeaId = domain::ChangeIdeaId{idea};
        c.status = status;
        c.decision = d;
        c.endDate = end;
        c.studyLearning = std::move(learning);
        return c;
    };
    const QList<domain::PdsaCycle> cycles{
        cycle(1, 1, domain::PdsaStatus::Completed, domain::ActDecision::Adapt, QDate(2024, 7, 1), QStringLiteral("Tidspunktet betyder noget")),
        cycle(2, 1, domain::PdsaStatus::Completed, domain::ActDecision::Adopt, QDate(2024, 9, 29), QStringLiteral("Det virker")),
        cycle(3, 2, domain::PdsaStatus::Abandoned, domain::ActDecision::Abandon, QDate(2024, 7, 6), QStringLiteral("Zonen virker bedre")),
        cycle(4, 1, domain::PdsaStatus::Doing, std::nullopt, {}, QString()),
    };
    const auto adopted = services::FinalEvaluationCollector::adoptedChanges(cycles, {a, b});
    REQUIRE(adopted.size() == 1);
    CHECK(adopted.first().idea.title == QStringLiteral("Dobbeltkontrol"));
    CHECK(adopted.first().cyclesTested == 3);
    CHECK(adopted.first().adoptedOn == QDate(2024, 9, 29));
    const auto lessons = services::FinalEvaluationCollector::lessons(cycles);
    REQUIRE(lessons.size() == 3);
    CHECK(lessons[0].number == 2); // newest first
    CHECK(lessons[2].number == 1);
}
