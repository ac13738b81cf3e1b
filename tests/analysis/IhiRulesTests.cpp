// The IHI alternative: shift = 6 or more points on one side of the centre line (points on it
// neither break nor add), trend = 5 or more points steadily up or down (equal neighbours skipped).

#include "analysis/ChartAnalyzer.h"

#include <catch2/catch.hpp>

using namespace medsafe::analysis;

namespace {
PartSummary summaryOf(ChartType chart, std::vector<Value> y, RuleSet rules = RuleSet::Ihi)
{
    ChartInput in;
    in.y = std::move(y);
    in.rules = rules;
    const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
    REQUIRE(std::holds_alternative<ChartResult>(outcome));
    const ChartResult& r = std::get<ChartResult>(outcome);
    CHECK(r.rules == rules);
    for (const ChartPoint& p : r.points)
        CHECK(p.runsSignal == r.parts[0].runsSignal);
    return r.parts[0];
}
} // namespace

TEST_CASE("IHI shift needs six points on one side", "[ihi]")
{
    // Median 5: six points below, then six above (alternating to avoid trends).
    const PartSummary six = summaryOf(ChartType::Run, {2, 1, 2, 1, 2, 1, 8, 9, 8, 9, 8, 9});
    CHECK(*six.longestRun == 6);
    CHECK(six.shiftSignal);
    CHECK_FALSE(six.trendSignal);
    CHECK(six.runsSignal);
    CHECK_FALSE(six.longRunSignal); // Anhøj flags stay off under IHI
    CHECK_FALSE(six.crossingsSignal);

    const PartSummary five = summaryOf(ChartType::Run, {2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 2, 9});
    CHECK(*five.longestRun == 5);
    CHECK_FALSE(five.shiftSignal);
    CHECK_FALSE(five.runsSignal);
}

TEST_CASE("IHI shift: points on the median neither break nor add", "[ihi]")
{
    // Median is 5 (the 5s); below: 2,1,2 | 5 | 1,2,1 -> a shift of 6 with a 5 in the middle.
    const PartSummary s = summaryOf(ChartType::Run, {2, 1, 2, 5, 1, 2, 1, 5, 5, 9, 8, 9, 8, 9, 8});
    CHECK(*s.longestRun == 6);
    CHECK(s.shiftSignal);
}

TEST_CASE("IHI trend needs five points steadily up or down", "[ihi]")
{
    const PartSummary up = summaryOf(ChartType::Run, {5, 1, 2, 3, 4, 5, 3, 6, 2, 7});
    CHECK(*up.longestTrend == 5);
    CHECK(up.longestTrendDirection == TrendDirection::Increasing);
    CHECK(up.trendSignal);
    CHECK(up.runsSignal);

    const PartSummary four = summaryOf(ChartType::Run, {5, 4, 3, 2, 6, 1, 7, 2, 8});
    CHECK(*four.longestTrend == 4);
    CHECK(four.longestTrendDirection == TrendDirection::Decreasing);
    CHECK_FALSE(four.trendSignal);

    // Equal neighbours are skipped: 1,2,2,3,4,5 is a trend of five points.
    const PartSummary ties = summaryOf(ChartType::Run, {9, 1, 2, 2, 3, 4, 5, 0, 9, 0});
    CHECK(*ties.longestTrend == 5);
    CHECK(ties.trendSignal);
}

TEST_CASE("the same data: Anhøj and IHI verdicts differ and say which rule fired", "[ihi]")
{
    // 1..10 increasing: one crossing; a trend of ten.
    std::vector<Value> y;
    for (int i = 1; i <= 10; ++i)
        y.push_back(i);
    const PartSummary anhoej = summaryOf(ChartType::Run, y, RuleSet::Anhoej);
    CHECK(anhoej.crossingsSignal); // 1 crossing < 2
    CHECK_FALSE(anhoej.longRunSignal); // 5 <= 6
    CHECK_FALSE(anhoej.trendSignal);
    CHECK(anhoej.runsSignal);
    const PartSummary ihi = summaryOf(ChartType::Run, y, RuleSet::Ihi);
    CHECK(ihi.trendSignal);
    CHECK_FALSE(ihi.shiftSignal); // 5 on each side
    CHECK_FALSE(ihi.crossingsSignal);
    CHECK(ihi.runsSignal);
}

TEST_CASE("IHI never signals on an mr chart", "[ihi]")
{
    const PartSummary mr = summaryOf(ChartType::MR, {1, 2, 4, 7, 11, 16, 22, 29, 37, 46});
    CHECK(mr.longestTrend.has_value());
    CHECK_FALSE(mr.runsSignal);
    CHECK_FALSE(mr.trendSignal);
}
