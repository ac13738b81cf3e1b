#include "services/incidents/IncidentPareto.h"
#include "services/incidents/IncidentStatistics.h"
#include "services/measures/MeasureSeriesService.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

Incident at(const QDate& date, ProcessStage stage, ErrorType type, bool doctor) {
    Incident i;
    i.botilbudId = BotilbudId{1};
    i.occurredDate = date;
    i.stage = stage;
    i.errorType = type;
    i.requiredDoctorContact = doctor;
    i.description = QStringLiteral("x");
    return i;
}

// Hand-made: 7 incidents, unsorted, two on one day.
QList<Incident> sampleIncidents() {
    return {
        at(QDate(2024, 1, 10), ProcessStage::Dispensing, ErrorType::NotGiven, false),
        at(QDate(2024, 1, 3), ProcessStage::Administration, ErrorType::WrongDose, true),
        at(QDate(2024, 3, 1), ProcessStage::Dispensing, ErrorType::NotGiven, true),
        at(QDate(2024, 1, 10), ProcessStage::Dispensing, ErrorType::WrongTime, false),
        at(QDate(2024, 2, 29), ProcessStage::Storage, ErrorType::NotGiven, false),
        at(QDate(2024, 4, 15), ProcessStage::Administration, ErrorType::NotGiven, true),
        at(QDate(2024, 1, 31), ProcessStage::Dispensing, ErrorType::WrongDose, false),
    };
}

} // namespace

TEST_CASE("Days since the last error and its date", "[statistics]") {
    const auto incidents = sampleIncidents();
    CHECK(IncidentStatistics::lastErrorDate(incidents) == QDate(2024, 4, 15));
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 4, 15)) == 0);
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 5, 1)) == 16);
    IncidentFilter storage;
    storage.stage = ProcessStage::Storage;
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 5, 1), storage) == 62); // 29 Feb -> 1 May
    CHECK_FALSE(IncidentStatistics::daysSinceLastError({}, QDate(2024, 5, 1)).has_value());
}

TEST_CASE("Monthly counts by filter equal hand counts, zero months included", "[statistics]") {
    const auto incidents = sampleIncidents();
    const auto all = IncidentStatistics::monthlyCounts(incidents, {}, QDate(2023, 12, 5), QDate(2024, 5, 20));
    QList<int> counts;
    for (const auto& m : all)
        counts << m.count;
    CHECK(counts == QList<int>{0, 4, 1, 1, 1, 0});
    CHECK(all.front().month == QDate(2023, 12, 1));
    IncidentFilter doctor;
    doctor.requiredDoctorContactOnly = true;
    counts.clear();
    for (const auto& m : IncidentStatistics::monthlyCounts(incidents, doctor, QDate(2024, 1, 1), QDate(2024, 4, 1)))
        counts << m.count;
    CHECK(counts == QList<int>{1, 0, 1, 1});
    IncidentFilter notGiven;
    notGiven.errorType = ErrorType::NotGiven;
    counts.clear();
    for (const auto& m : IncidentStatistics::monthlyCounts(incidents, notGiven, QDate(2024, 1, 1), QDate(2024, 4, 1)))
        counts << m.count;
    CHECK(counts == QList<int>{1, 1, 1, 1});
}

TEST_CASE("Days between errors equal hand-computed values, and MeasureSeriesService agrees", "[statistics]") {
    const auto incidents = sampleIncidents();
    // 3 Jan, 10 Jan, 10 Jan, 31 Jan, 29 Feb, 1 Mar, 15 Apr
    const QList<DaysBetweenPoint> expected{{QDate(2024, 1, 10), 7}, {QDate(2024, 1, 10), 0}, {QDate(2024, 1, 31), 21},
                                           {QDate(2024, 2, 29), 29}, {QDate(2024, 3, 1), 1},  {QDate(2024, 4, 15), 45}};
    CHECK(IncidentStatistics::daysBetween(incidents) == expected);

    IncidentFilter doctor;
    doctor.requiredDoctorContactOnly = true; // 3 Jan, 1 Mar, 15 Apr
    const QList<DaysBetweenPoint> expectedDoctor{{QDate(2024, 3, 1), 58}, {QDate(2024, 4, 15), 45}};
    CHECK(IncidentStatistics::daysBetween(incidents, doctor) == expectedDoctor);

    // The measures engineer's derived T-chart series from the same dates.
    for (const auto& [filter, hand] : {std::pair{IncidentFilter{}, expected}, std::pair{doctor, expectedDoctor}}) {
        Measure measure;
        measure.kind = MeasureKind::DaysBetween;
        measure.derivedFromIncidents = true;
        measure.incidentFilter = filter;
        const MeasureSeries series =
            MeasureSeriesService::fromEventDates(measure, IncidentStatistics::eventDates(incidents, filter));
        REQUIRE(series.points.size() == hand.size());
        for (qsizetype k = 0; k < hand.size(); ++k) {
            CHECK(series.points[k].date == hand[k].date);
            CHECK(series.points[k].numerator == double(hand[k].days));
        }
    }
}

TEST_CASE("Pareto counts by stage and error type, with cumulative percent", "[statistics]") {
    const auto incidents = sampleIncidents();
    const auto stages = IncidentPareto::of(incidents, IncidentField::Stage);
    REQUIRE(stages.size() == 3);
    CHECK(stages[0].code == QStringLiteral("dispensing"));
    CHECK(stages[0].count == 4);
    CHECK(stages[1].code == QStringLiteral("administration"));
    CHECK(stages[1].count == 2);
    CHECK(stages[2].count == 1);
    CHECK(stages[0].cumulativePercent == Approx(400.0 / 7));
    CHECK(stages[2].cumulativePercent == Approx(100.0));
    const auto types = IncidentPareto::of(incidents, IncidentField::ErrorType);
    REQUIRE(types.size() == 3);
    CHECK(types[0].code == QStringLiteral("not_given"));
    CHECK(types[0].count == 4);
    CHECK(types[1].code == QStringLiteral("wrong_dose")); // 2, before wrong_time (1)
    CHECK(IncidentPareto::of({}, IncidentField::Stage).isEmpty());
}

TEST_CASE("Days since the last error at the end of a month count only errors up to that day", "[statistics]") {
    // A report for March is read after April's errors were registered: the board at 31 March
    // counts from 1 March, not from 15 April.
    const auto incidents = sampleIncidents();
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 3, 31)) == 30);
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 2, 29)) == 0);  // leap day error
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 2, 28)) == 28); // from 31 Jan
    CHECK(IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 1, 31)) == 0);
    CHECK_FALSE(IncidentStatistics::daysSinceLastError(incidents, QDate(2023, 12, 31)).has_value());
}

TEST_CASE("Days since one date: the rule the dashboard and the report share", "[statistics]") {
    // Moved with DashboardService::daysSince, whose job IncidentStatistics now does.
    CHECK(IncidentStatistics::daysSince(QDate(2024, 1, 1), QDate(2024, 1, 11)) == 10);
    CHECK_FALSE(IncidentStatistics::daysSince(std::nullopt, QDate(2024, 1, 11)).has_value());
}

TEST_CASE("The safety board from error dates: days, last error and the longest stretch", "[statistics]") {
    // The same values the overview's DaysSinceLastError test holds.
    const QDate today(2025, 6, 30);
    const auto none = IncidentStatistics::errorFreeDays({}, today);
    CHECK_FALSE(none.days);
    const auto days = IncidentStatistics::errorFreeDays(
        {QDate(2025, 1, 1), QDate(2025, 1, 1), QDate(2025, 5, 1), QDate(2025, 6, 20), QDate(2025, 7, 5)}, today);
    REQUIRE(days.days);
    CHECK(*days.days == 10); // the error after today is ignored
    CHECK(days.lastError == QDate(2025, 6, 20));
    CHECK(days.record == 120); // 1 January to 1 May
    // Unsorted dates give the same board; the date-list and incident-list forms agree.
    const auto shuffled = IncidentStatistics::errorFreeDays(
        {QDate(2025, 6, 20), QDate(2025, 7, 5), QDate(2025, 1, 1), QDate(2025, 5, 1), QDate(2025, 1, 1)}, today);
    CHECK(shuffled.days == days.days);
    CHECK(shuffled.record == days.record);
    const auto incidents = sampleIncidents();
    CHECK(IncidentStatistics::errorFreeDays(IncidentStatistics::eventDates(incidents), QDate(2024, 3, 31)).days ==
          IncidentStatistics::daysSinceLastError(incidents, QDate(2024, 3, 31)));
    CHECK(IncidentStatistics::lastErrorDate(incidents, {}, QDate(2024, 3, 31)) == QDate(2024, 3, 1));
}

TEST_CASE("Counts per category in taxonomy order, zeros included, agree with the Pareto bars", "[statistics]") {
    const auto incidents = sampleIncidents();
    const auto stages = IncidentStatistics::countByStage(incidents);
    CHECK(stages.size() == allValues<ProcessStage>().size());
    int total = 0;
    for (const auto& c : stages) {
        total += c.count;
        for (const auto& bar : IncidentPareto::of(incidents, IncidentField::Stage))
            if (bar.code == c.code) CHECK(bar.count == c.count);
    }
    CHECK(total == 7);
    const auto dispensing = std::find_if(stages.begin(), stages.end(),
                                         [](const CategoryCount& c) { return c.code == QStringLiteral("dispensing"); });
    REQUIRE(dispensing != stages.end());
    CHECK(dispensing->count == 4);
    CHECK(IncidentStatistics::countByErrorType({}).size() == allValues<ErrorType>().size());
    const auto consequences = IncidentStatistics::countByConsequence(incidents);
    CHECK(consequences.size() == allValues<OverallCategory>().size());
}

TEST_CASE("Monthly counts from dates equal the counts from incidents", "[statistics]") {
    const auto incidents = sampleIncidents();
    CHECK(IncidentStatistics::monthlyCounts(IncidentStatistics::eventDates(incidents), QDate(2023, 12, 5),
                                            QDate(2024, 5, 20)) ==
          IncidentStatistics::monthlyCounts(incidents, {}, QDate(2023, 12, 5), QDate(2024, 5, 20)));
}
