// The t chart's lower limit where its sigma is undefined (issue 17, defect): qicharts2 turns
// every non-finite lower limit of the t chart into 0 after the back-transformation, so a
// constant series or a part with one point has lcl 0 (and mean_lcl 0), not null.

#include "analysis/ChartAnalyzer.h"

#include <catch2/catch.hpp>

using namespace medsafe::analysis;

namespace {
ChartResult resultOf(const AnalysisOutcome& outcome)
{
    REQUIRE(std::holds_alternative<ChartResult>(outcome));
    return std::get<ChartResult>(outcome);
}
} // namespace

TEST_CASE("t chart: a constant series has lcl 0 while the other limits stay null", "[engine][t]")
{
    ChartInput in;
    in.y = {5, 5, 5, 5, 5, 5};
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::T, in));
    for (const ChartPoint& p : r.points) {
        REQUIRE(p.lcl.has_value());
        CHECK(*p.lcl == 0.0);
        CHECK_FALSE(p.ucl.has_value());
        CHECK_FALSE(p.ucl95.has_value());
        CHECK_FALSE(p.lcl95.has_value()); // the 95% limit is not replaced, as in qicharts2
        CHECK_FALSE(p.sigmaSignal);
    }
    REQUIRE(r.parts[0].meanLcl.has_value());
    CHECK(*r.parts[0].meanLcl == 0.0);
    CHECK_FALSE(r.parts[0].meanUcl.has_value());
}

TEST_CASE("t chart: a part of one point has lcl 0, the other part keeps its own", "[engine][t]")
{
    ChartInput in;
    in.y = {3, 9, 4, 12, 6, 7, 30};
    in.parts = {6};
    in.multiply = 10; // 0 stays 0 after multiply
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::T, in));
    REQUIRE(r.parts.size() == 2);
    const ChartPoint& single = r.points[6];
    REQUIRE(single.lcl.has_value());
    CHECK(*single.lcl == 0.0);
    CHECK_FALSE(single.ucl.has_value());
    REQUIRE(r.parts[1].meanLcl.has_value());
    CHECK(*r.parts[1].meanLcl == 0.0);
    REQUIRE(r.points[0].ucl.has_value()); // the first part has a sigma
    CHECK(*r.points[0].ucl > *r.points[0].cl);
}
