// Bernoulli CUSUM and Pareto behaviour beyond the reference cases: refusals, restarts after a
// signal, and the tie order of the Pareto bars.

#include "analysis/BernoulliCusum.h"
#include "analysis/ParetoChart.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace medsafe::analysis;

TEST_CASE("Bernoulli CUSUM: risks from the odds ratio and a restart after a signal", "[cusum]")
{
    BernoulliCusumInput in;
    in.outcomes = {1, 1, 1, 1, 0, 0};
    in.targetRisk = 0.1;
    in.oddsRatio = 2.0;
    in.limit = 1.5;
    const auto outcome = BernoulliCusum::analyze(in);
    REQUIRE(std::holds_alternative<BernoulliCusumResult>(outcome));
    const auto& r = std::get<BernoulliCusumResult>(outcome);
    CHECK(r.p1 == Approx(0.2 / 1.1)); // odds 2/9
    CHECK(r.p2 == Approx(1.0 / 19.0)); // odds 1/18
    const double step = std::log(r.p1 / 0.1);
    CHECK(r.points[0].cusum1 == Approx(step));
    CHECK(r.points[1].cusum1 == Approx(2 * step));
    CHECK_FALSE(r.points[1].signal1);
    CHECK(r.points[2].signal1); // 3 · 0.598 ≥ 1.5
    CHECK(r.points[2].cusum1 == 0.0); // starts again from 0
    CHECK(r.points[3].cusum2 == 0.0); // events push the lower CUSUM up, and it never goes above 0
    CHECK(r.points[4].cusum2 < 0.0);  // each non-event moves it down
    CHECK(r.points[5].cusum2 < r.points[4].cusum2);
}

TEST_CASE("Bernoulli CUSUM refuses what it cannot compute", "[cusum]")
{
    const auto code = [](const BernoulliCusumInput& in) {
        const auto outcome = BernoulliCusum::analyze(in);
        REQUIRE(std::holds_alternative<AnalysisError>(outcome));
        return std::get<AnalysisError>(outcome).code;
    };
    BernoulliCusumInput in;
    CHECK(code(in) == AnalysisErrorCode::TooFewPoints);
    in.outcomes = {0, 2, 1};
    CHECK(code(in) == AnalysisErrorCode::InvalidOutcome);
    in.outcomes = {0, 0, 0, 1};
    in.baselineCases = 3; // no event in the baseline: no odds to scale
    CHECK(code(in) == AnalysisErrorCode::InvalidTarget);
    in.baselineCases.reset();
    in.targetRisk = 1.0;
    CHECK(code(in) == AnalysisErrorCode::InvalidTarget);
    in.targetRisk = 0.2;
    in.oddsRatio = 0.0;
    CHECK(code(in) == AnalysisErrorCode::InvalidParameter);
}

TEST_CASE("Pareto: largest first, ties in name byte order, missing last", "[pareto]")
{
    const std::vector<std::optional<std::string>> x{"b", "a", std::nullopt, "B", "b", "a", std::nullopt, "c"};
    const ParetoResult with = ParetoChart::fromObservations(x, true);
    REQUIRE(with.categories.size() == 5);
    CHECK(*with.categories[0].name == "a"); // a, b and missing all have 2: names first, by bytes
    CHECK(*with.categories[1].name == "b");
    CHECK_FALSE(with.categories[2].name.has_value());
    CHECK(*with.categories[3].name == "B"); // "B" < "c" in byte order
    CHECK(with.categories[4].cumulativeCount == 8);
    CHECK(with.categories[4].cumulativeShare == Approx(1.0));
    const ParetoResult without = ParetoChart::fromObservations(x, false);
    CHECK(without.total == 6);
    CHECK(without.categories[0].share == Approx(2.0 / 6.0));

    const auto counts = ParetoChart::fromCounts({{"x", 0}, {"y", 3}, {"z", 3}});
    REQUIRE(std::holds_alternative<ParetoResult>(counts));
    CHECK(*std::get<ParetoResult>(counts).categories[2].name == "x");
    CHECK(std::holds_alternative<AnalysisError>(ParetoChart::fromCounts({{"x", -1}})));
}
