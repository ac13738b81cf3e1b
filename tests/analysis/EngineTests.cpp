// Behaviour the oracle cases do not pin down on their own.

#include "analysis/AccurateStats.h"
#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "analysis/XbarLimits.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace medsafe::analysis;

namespace {
// By value: the outcome passed in is usually a temporary.
ChartResult resultOf(const AnalysisOutcome& outcome)
{
    REQUIRE(std::holds_alternative<ChartResult>(outcome));
    return std::get<ChartResult>(outcome);
}
} // namespace

TEST_CASE("means round like R", "[stats]")
{
    const std::vector<double> same(10, 4.2);
    CHECK(AccurateStats::mean(same) == 4.2); // plain double summation gives 4.200000000000001
    std::vector<double> scratch;
    const std::vector<double> even{4, 1, 3, 2};
    CHECK(AccurateStats::median(even, scratch) == 2.5);
    const std::vector<double> withNaN{1, std::nan(""), 3};
    CHECK(AccurateStats::mean(withNaN) == 2.0);
    CHECK(AccurateStats::sum(withNaN) == 4.0);
    CHECK(std::isnan(AccurateStats::mean(std::vector<double>{})));
    CHECK(std::isnan(AccurateStats::sd(std::vector<double>{1.0})));
}

TEST_CASE("c4 constants", "[stats]")
{
    CHECK(XbarLimits::c4(2) == Approx(0.7978845608));
    CHECK(XbarLimits::c4(5) == Approx(0.9399856030));
    CHECK(XbarLimits::c4(101) == Approx(0.9975).epsilon(1e-3));
    CHECK(std::isnan(XbarLimits::c4(1)));
}

TEST_CASE("parts override freeze", "[engine]")
{
    ChartInput in;
    in.y = {1.0, 5.0, 2.0, 6.0, 3.0, 7.0, 4.0, 8.0};
    in.freeze = 2;
    in.parts = {4};
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::Run, in));
    for (const ChartPoint& p : r.points)
        CHECK(p.baseline);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0].first == 0);
    CHECK(r.parts[0].last == 3);
    CHECK(r.points[5].part == 1);
    CHECK(*r.points[0].cl == 3.5); // median of 1, 5, 2, 6
}

TEST_CASE("multiply scales outputs only", "[engine]")
{
    ChartInput in;
    in.y = {3, 5, 4, 6, 2, 40, 5, 4};
    in.n = {10, 10, 10, 10, 10, 10, 10, 10};
    const ChartResult plain = resultOf(ChartAnalyzer::analyze(ChartType::U, in));
    in.multiply = 100;
    const ChartResult scaled = resultOf(ChartAnalyzer::analyze(ChartType::U, in));
    for (std::size_t i = 0; i < plain.points.size(); ++i) {
        CHECK(*scaled.points[i].y == Approx(*plain.points[i].y * 100));
        CHECK(*scaled.points[i].ucl == Approx(*plain.points[i].ucl * 100));
        CHECK(scaled.points[i].sigmaSignal == plain.points[i].sigmaSignal);
    }
    CHECK(scaled.parts[0].runsSignal == plain.parts[0].runsSignal);
    CHECK(scaled.parts[0].sigmaSignalCount == 1);
}

TEST_CASE("a run chart with a denominator analyses the ratio", "[engine]")
{
    ChartInput in;
    in.y = {1, 2, std::nullopt, 3};
    in.n = {10, 10, 10, std::nullopt};
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::Run, in));
    CHECK(*r.points[0].y == 0.1);
    CHECK_FALSE(r.points[2].y.has_value());
    CHECK_FALSE(r.points[3].y.has_value()); // n missing: the point is missing
    CHECK(*r.points[0].cl == Approx(0.15));
}

TEST_CASE("xbar groups by ascending id, whatever the input order", "[engine]")
{
    ChartInput in;
    in.y = {10, 20, 11, 21, 12, 22, 30};
    in.subgroup = {7, 3, 7, 3, 7, 3, 5};
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::Xbar, in));
    REQUIRE(r.points.size() == 3);
    CHECK(*r.points[0].subgroupId == 3);
    CHECK(*r.points[0].y == 21.0);
    CHECK(*r.points[1].subgroupSize == 1);
    CHECK_FALSE(r.points[1].ucl.has_value()); // a subgroup of one has no limits
    CHECK(*r.points[2].y == 11.0);
    const std::string json = ChartResultJson::outputs(r);
    CHECK(json.find("\"x\": [3,5,7]") != std::string::npos);
    CHECK(json.find("\"subgroup_size\": [3,1,3]") != std::string::npos);
}

TEST_CASE("JSON numbers are shortest round-trip, non-finite is null", "[json]")
{
    CHECK(ChartResultJson::number(0.1) == "0.1");
    CHECK(ChartResultJson::number(5.0) == "5");
    CHECK(ChartResultJson::number(19.759999999999998) == "19.759999999999998");
    CHECK(ChartResultJson::number(std::nan("")) == "null");
    CHECK(ChartResultJson::number(INFINITY) == "null");
    CHECK(ChartResultJson::quote("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"");
}

TEST_CASE("a long series is analysed in one piece", "[engine]")
{
    ChartInput in;
    in.y.resize(200000);
    for (std::size_t i = 0; i < in.y.size(); ++i)
        in.y[i] = static_cast<double>((i * 7919) % 101);
    const ChartResult r = resultOf(ChartAnalyzer::analyze(ChartType::I, in));
    CHECK(r.points.size() == 200000);
    CHECK(r.parts[0].nUseful > 190000);
    CHECK(r.parts[0].nCrossingsMin.has_value());
}
