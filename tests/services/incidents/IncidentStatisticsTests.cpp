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
    const auto stages = IncidentStatistics::paretoByStage(incidents);
    REQUIRE(stages.size() == 3);
    CHECK(stages[0].code == QStringLiteral("dispensing"));
    CHECK(stages[0].count == 4);
    CHECK(stages[1].code == QStringLiteral("administration"));
    CHECK(stages[1].count == 2);
    CHECK(stages[2].count == 1);
    CHECK(stages[0].cumulativePercent == Approx(400.0 / 7));
    CHECK(stages[2].cumulativePercent == Approx(100.0));
    const auto types = IncidentStatistics::paretoByErrorType(incidents);
    REQUIRE(types.size() == 3);
    CHECK(types[0].code == QStringLiteral("not_given"));
    CHECK(types[0].count == 4);
    CHECK(types[1].code == QStringLiteral("wrong_dose")); // 2, before wrong_time (1)
    CHECK(IncidentStatistics::paretoByStage({}).isEmpty());
}
