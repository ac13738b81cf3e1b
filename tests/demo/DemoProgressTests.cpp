#include "demo/DemoGenerator.h"
#include "demo/DemoProgressCut.h"
#include "demo/DemoWriter.h"
#include "domain/CompetenceValidator.h"
#include "domain/IncidentValidator.h"
#include "domain/MeasureValidator.h"
#include "domain/MonthlyReportValidator.h"
#include "domain/PdsaValidator.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace medsafe;
using namespace medsafe::demo;
using namespace medsafe::domain;

// The app's demo: a programme in progress on the day the demo is made (issue 11, item 5).

namespace {

DemoBotilbud inProgressOn(const QDate& today, std::uint64_t seed = DemoOptions::kDefaultSeed)
{
    DemoOptions options;
    options.seed = seed;
    options.asOf = today;
    return DemoGenerator(options).generate().botilbud.at(0);
}

// Everything dated must have happened by `today`; only planned things may lie ahead.
void requireNothingAfter(const DemoBotilbud& home, const QDate& today)
{
    const QDate currentMonth(today.year(), today.month(), 1);
    for (const auto& incident : home.incidents) {
        CHECK(incident.occurredDate <= today);
        CHECK(incident.reportedDate <= today);
        CHECK(IncidentValidator::validate(incident, today).isEmpty());
    }
    for (const auto& value : home.measurements) {
        CHECK(value.period < currentMonth);
        CHECK(MeasureValidator::validate(value, MeasureKind::Proportion, today).isEmpty());
    }
    for (const auto& record : home.trainingRecords) {
        CHECK(record.completedDate <= today);
        CHECK(CompetenceValidator::validate(record, today).isEmpty());
    }
    for (const auto& round : home.surveyRounds)
        CHECK(round.date <= today);
    for (const auto& report : home.reports) {
        CHECK(report.month < currentMonth);
        if (report.sentDate.isValid())
            CHECK(report.sentDate <= today);
        if (report.feedbackDate.isValid())
            CHECK(report.feedbackDate <= today);
        CHECK(MonthlyReportValidator::validate(report).isEmpty());
    }
    for (const auto& event : home.events) {
        CHECK(event.done == (event.date <= today));
        if (!event.done)
            CHECK(event.notes.isEmpty()); // how it went is not known yet
    }
    for (const auto& cycle : home.pdsaCycles) {
        CHECK(PdsaValidator::validate(cycle).isEmpty());
        if (cycle.startDate > today)
            CHECK(cycle.status == PdsaStatus::Planned);
        if (cycle.status == PdsaStatus::Planned || cycle.status == PdsaStatus::Doing) {
            CHECK(cycle.doWhatHappened.isEmpty());
            CHECK(cycle.studyResult.isEmpty());
            CHECK_FALSE(cycle.decision.has_value());
        }
        if (cycle.status == PdsaStatus::Completed || cycle.status == PdsaStatus::Abandoned)
            CHECK(cycle.endDate < today);
    }
}

} // namespace

TEST_CASE("the demo in progress places today in the programme's 14th month", "[demo][progress]")
{
    const QDate today(2026, 12, 6);
    const DemoBotilbud home = inProgressOn(today);
    CHECK(home.programme.startDate == QDate(2025, 11, 1));
    CHECK(home.programme.endDate() == QDate(2027, 10, 31));
    CHECK(home.programme.phaseAt(today) == Phase::TestingAndImplementation);
    requireNothingAfter(home, today);

    // Something is planned ahead: the next læringstræf and visits, and the final evaluation.
    const auto ahead = std::count_if(home.events.cbegin(), home.events.cend(),
                                     [](const ProgrammeEvent& e) { return !e.done; });
    CHECK(ahead >= 8);
    CHECK(ahead < home.events.size());

    // Last month: half of the typed measures have values, and the report is still a draft.
    const QDate lastMonth(2026, 11, 1);
    const auto lastMonthValues = std::count_if(home.measurements.cbegin(), home.measurements.cend(),
                                               [&](const Measurement& m) { return m.period == lastMonth; });
    CHECK(lastMonthValues == 2);
    const auto report = std::find_if(home.reports.cbegin(), home.reports.cend(),
                                     [&](const MonthlyReport& r) { return r.month == lastMonth; });
    REQUIRE(report != home.reports.cend());
    CHECK(report->status == ReportStatus::Draft);
    CHECK(std::any_of(home.reports.cbegin(), home.reports.cend(),
                      [](const MonthlyReport& r) { return r.status == ReportStatus::FeedbackReceived; }));

    // This month's incidents are new and not yet learnt from.
    int newIncidents = 0;
    for (const auto& incident : home.incidents) {
        if (incident.occurredDate >= QDate(2026, 12, 1)) {
            CHECK(incident.status == IncidentStatus::New);
            CHECK(incident.learning.isEmpty());
            ++newIncidents;
        }
    }
    CHECK(newIncidents < home.incidents.size());
}

TEST_CASE("on any day of the month a PDSA test is under way or planned, numbered without gaps", "[demo][progress]")
{
    for (int day = 1; day <= 31; day += 3) {
        const QDate today(2026, 12, day);
        INFO("today " << today.toString(Qt::ISODate).toStdString());
        const DemoBotilbud home = inProgressOn(today);
        requireNothingAfter(home, today);
        int open = 0;
        for (qsizetype i = 0; i < home.pdsaCycles.size(); ++i) {
            const PdsaCycle& cycle = home.pdsaCycles[i];
            CHECK(cycle.number == i + 1);
            CHECK(today.daysTo(cycle.startDate) <= DemoProgressCut::kPlanningDays);
            open += cycle.status == PdsaStatus::Planned || cycle.status == PdsaStatus::Doing
                || cycle.status == PdsaStatus::Studying;
        }
        CHECK(open >= 1);
        QSet<qint64> ids;
        for (const auto& cycle : home.pdsaCycles) {
            if (cycle.parentId)
                CHECK(ids.contains(cycle.parentId->value));
            ids.insert(cycle.id.value);
        }
    }
}

TEST_CASE("the demo in progress is the finished story cut at today", "[demo][progress]")
{
    // On 15 February 2025 the programme started 1 January 2024, as the finished demo did, so
    // everything up to the previous month must be the very same data.
    const QDate today(2025, 2, 15);
    const DemoBotilbud cut = inProgressOn(today);
    const DemoBotilbud full = DemoGenerator(DemoOptions{}).generate().botilbud.at(0);
    REQUIRE(cut.programme.startDate == full.programme.startDate);

    const QDate lastMonth(2025, 1, 1);
    QList<Measurement> fullBefore;
    for (const auto& value : full.measurements) {
        if (value.period < lastMonth)
            fullBefore << value;
    }
    QList<Measurement> cutBefore;
    for (const auto& value : cut.measurements) {
        if (value.period < lastMonth)
            cutBefore << value;
    }
    CHECK(cutBefore == fullBefore);

    QList<QDate> fullDates, cutDates;
    for (const auto& incident : full.incidents) {
        if (incident.occurredDate <= today)
            fullDates << incident.occurredDate;
    }
    for (const auto& incident : cut.incidents)
        cutDates << incident.occurredDate;
    CHECK(cutDates == fullDates);
    CHECK(cut.people == full.people);
    CHECK(cut.aim == full.aim);
}

TEST_CASE("the same seed and date give the same demo in progress", "[demo][progress]")
{
    const QDate today(2026, 12, 6);
    CHECK(inProgressOn(today) == inProgressOn(today));
    CHECK_FALSE(inProgressOn(today) == inProgressOn(today.addDays(1)));
    CHECK_FALSE(inProgressOn(today, 7) == inProgressOn(today));
}

TEST_CASE("the demo in progress is written to a database whole", "[demo][progress][writer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DemoOptions options;
    options.asOf = QDate::currentDate(); // as the app does; the writer validates against today
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const Status written = DemoWriter::writeFile(DemoGenerator(options).generate(), path, true);
    INFO((written ? QString() : written.error().display()).toStdString());
    CHECK(written.ok());
}
