#include "AnhojCheck.h"

#include "analysis/ChartAnalyzer.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSeries.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

using namespace medsafe::demo;
using namespace medsafe::domain;
using medsafe::demo::test::AnhojCheck;
namespace analysis = medsafe::analysis;

namespace {

// The run chart of every default measure must show a real improvement: an Anhøj signal
// against the frozen baseline median, with the data moved the right way.
void requireImprovementSignals(const DemoBotilbud& home)
{
    REQUIRE(home.measures.size() == 9);
    for (const Measure& measure : home.measures) {
        INFO("measure: " << measure.name.toStdString());
        const DemoSeries series = DemoSeries::forMeasure(home, measure);
        REQUIRE(series.baselinePoints >= 3);
        REQUIRE(series.values.size() > static_cast<size_t>(series.baselinePoints) + 6);

        const int better = measure.direction == Direction::HigherIsBetter ? 1 : -1;

        // The analysis engine's run chart, as the application draws it.
        analysis::ChartInput input;
        input.y.assign(series.values.begin(), series.values.end());
        input.freeze = series.baselinePoints;
        const analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(analysis::ChartType::Run, input);
        REQUIRE(std::holds_alternative<analysis::ChartResult>(outcome));
        const analysis::ChartResult& chart = std::get<analysis::ChartResult>(outcome);
        REQUIRE(chart.parts.size() == 1);
        const analysis::PartSummary& part = chart.parts.front();
        INFO("engine: longest run " << part.longestRun.value_or(-1) << "/" << part.longestRunMax.value_or(-1)
                                    << ", crossings " << part.nCrossings.value_or(-1) << "/"
                                    << part.nCrossingsMin.value_or(-1));
        CHECK(part.runsSignal);
        if (part.longRunSignal)
            CHECK(part.longestRunSide == (better > 0 ? analysis::RunSide::Above : analysis::RunSide::Below));

        // The same verdict from the rules written out independently in the test.
        const AnhojCheck check = AnhojCheck::run(series.values, series.baselinePoints);
        INFO("test helper: median " << check.median << ", longest run " << check.longestRun << "/"
                                    << check.longestRunMax << ", crossings " << check.crossings << "/"
                                    << check.crossingsMin);
        CHECK(check.signal());
        CHECK(part.longestRun == check.longestRun);
        CHECK(part.nCrossings == check.crossings);
        if (check.longestRun > check.longestRunMax)
            CHECK(check.longestRunSide == better);
        const std::vector<double> after(series.values.begin() + series.baselinePoints, series.values.end());
        CHECK((AnhojCheck::medianOf(after) - check.median) * better > 0);
    }
}

} // namespace

TEST_CASE("every default measure shows its improvement signal", "[demo][story]")
{
    requireImprovementSignals(DemoGenerator(DemoOptions{}).generate().botilbud[0]);
}

TEST_CASE("the improvement signal does not hang on one lucky seed", "[demo][story]")
{
    for (std::uint64_t seed : {1u, 2u, 3u, 99u, 12345u}) {
        DemoOptions options;
        options.seed = seed;
        INFO("seed " << seed);
        requireImprovementSignals(DemoGenerator(options).generate().botilbud[0]);
    }
}

TEST_CASE("incident counts fall after the changes are adopted", "[demo][story]")
{
    const DemoBotilbud home = DemoGenerator(DemoOptions{}).generate().botilbud[0];
    QDate firstAdoption;
    for (const auto& cycle : home.pdsaCycles) {
        if (cycle.decision == ActDecision::Adopt && (!firstAdoption.isValid() || cycle.endDate < firstAdoption))
            firstAdoption = cycle.endDate;
    }
    REQUIRE(firstAdoption.isValid());
    const QDate baselineEnd(2024, 6, 30);
    int before = 0;
    int after = 0;
    for (const auto& incident : home.incidents) {
        before += incident.occurredDate <= baselineEnd;
        after += incident.occurredDate > firstAdoption.addMonths(2);
    }
    const int monthsAfter = firstAdoption.addMonths(2).daysTo(QDate(2025, 12, 31)) / 30;
    CHECK(before / 6.0 > 2.0 * after / monthsAfter);
}

TEST_CASE("competence, training and reports tell the same story", "[demo][story]")
{
    const DemoBotilbud home = DemoGenerator(DemoOptions{}).generate().botilbud[0];
    REQUIRE(home.surveyRounds.size() == 2);
    double sums[2] = {0, 0};
    int counts[2] = {0, 0};
    for (const auto& answer : home.answers) {
        const int round = answer.roundId == home.surveyRounds[0].id ? 0 : 1;
        sums[round] += answer.level;
        ++counts[round];
    }
    REQUIRE(counts[0] > 0);
    CHECK(sums[1] / counts[1] > sums[0] / counts[0] + 0.4);

    QSet<TrainingProvider> providers;
    int overdue = 0;
    for (const auto& record : home.trainingRecords) {
        providers.insert(record.provider);
        overdue += record.refresherDue.isValid() && record.refresherDue < home.programme.endDate();
    }
    CHECK(providers.contains(TrainingProvider::Pharmacy));
    CHECK(providers.contains(TrainingProvider::PatientSafety));
    CHECK(providers.contains(TrainingProvider::Internal));
    CHECK(overdue >= 1);

    REQUIRE_FALSE(home.reports.isEmpty());
    CHECK(home.reports.back().status == ReportStatus::Draft);
    CHECK(home.reports.first().status == ReportStatus::FeedbackReceived);
    for (const auto& report : home.reports) {
        CHECK(report.month > QDate(2024, 6, 1));
        CHECK(report.selfScore.has_value());
        CHECK_FALSE(report.wentWell.isEmpty());
        CHECK_FALSE(report.planNextMonth.isEmpty());
        if (report.status == ReportStatus::FeedbackReceived)
            CHECK_FALSE(report.consultantFeedback.isEmpty());
    }
}
