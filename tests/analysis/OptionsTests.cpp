// The qicharts2 options of issue 17 where the reference cases alone do not pin the behaviour
// down: aggregation, a given centre line, targets, y.neg and the box methods.

#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "analysis/RunsBoxBounds.h"

#include <catch2/catch.hpp>

using namespace medsafe::analysis;

namespace {
ChartResult resultOf(const AnalysisOutcome& outcome)
{
    REQUIRE(std::holds_alternative<ChartResult>(outcome));
    return std::get<ChartResult>(outcome);
}

AnalysisErrorCode errorOf(ChartType chart, const ChartInput& in)
{
    const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
    REQUIRE(std::holds_alternative<AnalysisError>(outcome));
    return std::get<AnalysisError>(outcome).code;
}
} // namespace

TEST_CASE("values of one period are aggregated by agg.fun, in id order", "[options][aggregate]")
{
    ChartInput in;
    in.y = {4, 1, 2, 9, std::nullopt, 6};
    in.subgroup = {2, 0, 0, 2, 1, 2};
    in.aggregate = Aggregate::Median;
    ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::Run, in));
    REQUIRE(r.points.size() == 3);
    CHECK(*r.points[0].y == 1.5);          // id 0: median of 1, 2
    CHECK_FALSE(r.points[1].y.has_value()); // id 1: only a missing value
    CHECK(*r.points[2].y == 6.0);          // id 2: median of 4, 9, 6
    CHECK(*r.points[2].subgroupId == 2);

    in.aggregate = Aggregate::Sum;
    r = resultOf(ChartAnalyzer::analyze(ChartType::Run, in));
    CHECK(*r.points[1].y == 0.0); // R's sum(NA, na.rm = TRUE): a missing period sums to 0
    CHECK(*r.points[2].y == 19.0);

    in.aggregate = Aggregate::Sd;
    in.subgroup.clear(); // every value alone: the SD of one value is missing
    r = resultOf(ChartAnalyzer::analyze(ChartType::I, in));
    for (const ChartPoint& p : r.points)
        CHECK_FALSE(p.y.has_value());
}

TEST_CASE("with a denominator a period is the ratio of the sums; the c chart sums", "[options][aggregate]")
{
    ChartInput in;
    in.y = {1, 3, 2};
    in.n = {10, 30, 20};
    in.subgroup = {0, 0, 1};
    in.aggregate = Aggregate::Median; // ignored with a denominator, as in qicharts2
    const ChartResult p = resultOf(ChartAnalyzer::analyze(ChartType::P, in));
    CHECK(*p.points[0].y == 0.1);
    ChartInput counts;
    counts.y = {1, 3, 2};
    counts.subgroup = {0, 0, 1};
    counts.aggregate = Aggregate::Mean;
    const ChartResult c = resultOf(ChartAnalyzer::analyze(ChartType::C, counts));
    CHECK(*c.points[0].y == 4.0);
}

TEST_CASE("a given centre line replaces the computed one part by part", "[options][cl]")
{
    ChartInput in;
    in.y = {1, 3, 2, 5, 4, 6, 5, 7};
    in.parts = {4};
    in.cl = {2.5, 2.5, 2.5, 2.5, 5, std::nullopt, 5, 5}; // the second part lacks one: computed there
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::I, in));
    CHECK(*r.points[0].cl == 2.5);
    CHECK(*r.points[5].cl == 5.5); // mean of 4, 6, 5, 7
    CHECK(r.parts[0].nUseful == 4);

    ChartInput g;
    g.y = {3, 0, 7, 2, 9, 4};
    g.cl = {4.0};
    const ChartResult gr = resultOf(ChartAnalyzer::analyze(ChartType::G, g));
    CHECK(*gr.points[0].cl == Approx(0.693 * 4.0)); // the g chart draws the geometric median
    CHECK(*gr.points[0].ucl == Approx(4.0 + 3.0 * std::sqrt(20.0)));

    ChartInput wrong;
    wrong.y = {1, 2, 3};
    wrong.cl = {1, 2};
    CHECK(errorOf(ChartType::Run, wrong) == AnalysisErrorCode::LengthMismatch);
    wrong.cl = {std::numeric_limits<double>::infinity()};
    CHECK(errorOf(ChartType::Run, wrong) == AnalysisErrorCode::NonFiniteValue);
}

TEST_CASE("a target is carried unscaled and written only when given", "[options][target]")
{
    ChartInput in;
    in.y = {2, 3};
    in.n = {10, 10};
    in.multiply = 100;
    ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::P, in));
    CHECK_FALSE(r.hasTarget);
    CHECK(ChartResultJson::outputs(r).find("\"target\"") == std::string::npos);
    in.target = {0.15};
    r = resultOf(ChartAnalyzer::analyze(ChartType::P, in));
    CHECK(*r.points[1].target == 0.15); // not multiplied, as qicharts2
    CHECK(ChartResultJson::outputs(r).find("\"target\": [0.15,0.15]") != std::string::npos);
}

TEST_CASE("y.neg = FALSE cuts negative limits only when no value is negative", "[options][yneg]")
{
    ChartInput in;
    in.y = {0.1, 2.0, 0.3, 3.5, 0.2, 1.9};
    in.allowNegativeLimits = false;
    ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::I, in));
    CHECK(*r.points[0].lcl == 0.0);
    CHECK(*r.parts[0].meanLcl == 0.0);
    in.y[1] = -0.1;
    r = resultOf(ChartAnalyzer::analyze(ChartType::I, in));
    CHECK(*r.points[0].lcl < 0.0);
}

TEST_CASE("box bounds and their fallback", "[options][method]")
{
    CHECK_FALSE(RunsBoxBounds::forUseful(9).has_value());
    CHECK_FALSE(RunsBoxBounds::forUseful(101).has_value());
    const auto ten = RunsBoxBounds::forUseful(10);
    REQUIRE(ten.has_value());
    CHECK(ten->crossingsBox == 2);
    CHECK(ten->longestRunBox == 6);
    CHECK(*ten->crossingsBorder == 3);
    CHECK(*ten->longestRunBorder == 5);
    CHECK_FALSE(RunsBoxBounds::forUseful(12)->crossingsBorder.has_value());
    // n = 10, 2 crossings, longest run 6: inside the best box, but the cut box cuts that corner.
    CHECK_FALSE(RunsBoxBounds::signal(RunsMethod::BestBox, 10, 2, 6));
    CHECK(RunsBoxBounds::signal(RunsMethod::CutBox, 10, 2, 6));
    CHECK_FALSE(RunsBoxBounds::signal(RunsMethod::CutBox, 10, 2, 5));
    CHECK_FALSE(RunsBoxBounds::signal(RunsMethod::CutBox, 10, 3, 6));
    // Outside 10..100 the box methods are the Anhøj test: 8 useful, run of 7 > round(log2 8) + 3.
    CHECK(RunsBoxBounds::signal(RunsMethod::BestBox, 8, 3, 7) == RunsBoxBounds::signal(RunsMethod::Anhoej, 8, 3, 7));

    ChartInput in;
    in.y = {1, 1, 1, 1, 1, 1, -1, -1, 1, -1}; // 10 useful against cl 0: 3 crossings, run of 6
    in.cl = {0.0};
    in.method = RunsMethod::BestBox;
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::Run, in));
    CHECK(r.parts[0].nCrossings == 3);
    CHECK(r.parts[0].longestRun == 6);
    CHECK_FALSE(r.parts[0].runsSignal);
    CHECK_FALSE(r.parts[0].longRunSignal); // the box replaces the separate tests
}
