// Bad input gives an error with a code and a message, never a crash.

#include "analysis/ChartAnalyzer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace medsafe::analysis;

namespace {
std::vector<Value> values(std::initializer_list<double> list)
{
    return {list.begin(), list.end()};
}

AnalysisErrorCode errorOf(ChartType chart, const ChartInput& input)
{
    const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, input);
    const auto* error = std::get_if<AnalysisError>(&outcome);
    REQUIRE(error != nullptr);
    CHECK_FALSE(error->message.empty());
    return error->code;
}

ChartInput simple()
{
    ChartInput in;
    in.y = values({1, 2, 3, 4, 5, 6});
    return in;
}
} // namespace

TEST_CASE("non-finite values are refused; missing is nullopt", "[bad-input]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (double bad : {nan, inf, -inf}) {
        ChartInput in = simple();
        in.y[2] = bad;
        CHECK(errorOf(ChartType::I, in) == AnalysisErrorCode::NonFiniteValue);
        ChartInput rate = simple();
        rate.n = values({10, 10, 10, 10, 10, 10});
        rate.n[1] = bad;
        CHECK(errorOf(ChartType::U, rate) == AnalysisErrorCode::NonFiniteValue);
    }
    ChartInput missing = simple();
    missing.y[2] = std::nullopt;
    CHECK(std::holds_alternative<ChartResult>(ChartAnalyzer::analyze(ChartType::I, missing)));
}

TEST_CASE("counts, denominators and t values are checked", "[bad-input]")
{
    ChartInput negative = simple();
    negative.y[0] = -1.0;
    CHECK(errorOf(ChartType::C, negative) == AnalysisErrorCode::NegativeValue);
    CHECK(errorOf(ChartType::G, negative) == AnalysisErrorCode::NegativeValue);
    CHECK(errorOf(ChartType::T, negative) == AnalysisErrorCode::NonPositiveValue);
    // Individual values may be negative.
    CHECK(std::holds_alternative<ChartResult>(ChartAnalyzer::analyze(ChartType::I, negative)));

    ChartInput zeroT = simple();
    zeroT.y[3] = 0.0;
    CHECK(errorOf(ChartType::T, zeroT) == AnalysisErrorCode::NonPositiveValue);

    ChartInput rate = simple();
    rate.n = values({10, 10, 0, 10, 10, 10});
    CHECK(errorOf(ChartType::P, rate) == AnalysisErrorCode::ZeroDenominator);
    rate.n = values({10, 10, -3, 10, 10, 10});
    CHECK(errorOf(ChartType::U, rate) == AnalysisErrorCode::NegativeValue);
    rate.n = values({10, 10, 2, 10, 10, 10});
    CHECK(errorOf(ChartType::P, rate) == AnalysisErrorCode::NumeratorExceedsDenominator);
    CHECK(errorOf(ChartType::PP, rate) == AnalysisErrorCode::NumeratorExceedsDenominator);
    // A rate may exceed 1.
    CHECK(std::holds_alternative<ChartResult>(ChartAnalyzer::analyze(ChartType::U, rate)));
}

TEST_CASE("shapes: lengths, denominators and subgroups", "[bad-input]")
{
    CHECK(errorOf(ChartType::P, simple()) == AnalysisErrorCode::DenominatorRequired);
    ChartInput withN = simple();
    withN.n = values({10, 10, 10, 10, 10, 10});
    CHECK(errorOf(ChartType::C, withN) == AnalysisErrorCode::DenominatorNotAllowed);
    withN.n.pop_back();
    CHECK(errorOf(ChartType::U, withN) == AnalysisErrorCode::LengthMismatch);

    CHECK(errorOf(ChartType::Xbar, simple()) == AnalysisErrorCode::SubgroupsRequired);
    ChartInput xbar = simple();
    xbar.subgroup = {0, 0, 1, 1, 2};
    CHECK(errorOf(ChartType::Xbar, xbar) == AnalysisErrorCode::LengthMismatch);
    xbar.subgroup = {0, 0, 0, 0, 0, 0};
    CHECK(errorOf(ChartType::Xbar, xbar) == AnalysisErrorCode::TooFewPoints);
    CHECK(errorOf(ChartType::S, simple()) == AnalysisErrorCode::SubgroupsRequired);
    ChartInput grouped = simple(); // any chart may group values by period now (agg.fun)
    grouped.subgroup = {0, 0, 1, 1, 2};
    CHECK(errorOf(ChartType::I, grouped) == AnalysisErrorCode::LengthMismatch);
}

TEST_CASE("fewer than two points", "[bad-input]")
{
    ChartInput in;
    CHECK(errorOf(ChartType::Run, in) == AnalysisErrorCode::TooFewPoints);
    CHECK(errorOf(ChartType::P, in) == AnalysisErrorCode::TooFewPoints);
    in.y = values({3});
    CHECK(errorOf(ChartType::I, in) == AnalysisErrorCode::TooFewPoints);
}

TEST_CASE("freeze, part and exclude out of range; multiply", "[bad-input]")
{
    ChartInput in = simple();
    for (int f : {0, -1, 7}) {
        in.freeze = f;
        CHECK(errorOf(ChartType::Run, in) == AnalysisErrorCode::FreezeOutOfRange);
    }
    in.freeze = 6;
    CHECK(std::holds_alternative<ChartResult>(ChartAnalyzer::analyze(ChartType::Run, in)));
    in.freeze.reset();
    for (int p : {0, 6, -2, 100}) {
        in.parts = {3, p};
        CHECK(errorOf(ChartType::I, in) == AnalysisErrorCode::PartOutOfRange);
    }
    in.parts.clear();
    for (int e : {-1, 6}) {
        in.exclude = {e};
        CHECK(errorOf(ChartType::C, in) == AnalysisErrorCode::ExcludeOutOfRange);
    }
    in.exclude.clear();
    for (double m : {0.0, -100.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        in.multiply = m;
        CHECK(errorOf(ChartType::Run, in) == AnalysisErrorCode::InvalidMultiply);
    }
}

TEST_CASE("degenerate but valid input gives documented nulls", "[bad-input]")
{
    // Every value missing: nothing to estimate, so lines are null and no runs facts exist.
    ChartInput in;
    in.y = {std::nullopt, std::nullopt, std::nullopt};
    for (ChartType chart : {ChartType::Run, ChartType::I, ChartType::MR, ChartType::C, ChartType::G, ChartType::T}) {
        const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
        REQUIRE(std::holds_alternative<ChartResult>(outcome));
        const ChartResult& r = std::get<ChartResult>(outcome);
        CHECK_FALSE(r.points[1].y.has_value());
        CHECK_FALSE(r.points[1].cl.has_value());
        CHECK(r.parts[0].nObs == 3);
        CHECK(r.parts[0].nUseful == 0);
        CHECK_FALSE(r.parts[0].longestRun.has_value());
        CHECK_FALSE(r.parts[0].runsSignal);
    }
    // Freeze of one point: an i chart has no moving range, so its limits are null.
    ChartInput frozen = simple();
    frozen.freeze = 1;
    const AnalysisOutcome outcome = ChartAnalyzer::analyze(ChartType::I, frozen);
    const auto& r = std::get<ChartResult>(outcome);
    CHECK(r.points[0].cl == 1.0);
    CHECK_FALSE(r.points[0].ucl.has_value());
}
