// The verdict a leader reads from a chart: improvement, worsening or no signal.

#include "SpecFixtures.h"
#include "charts/ChartNarrative.h"
#include "charts/ChartTypeNames.h"
#include "charts/SignalVerdict.h"

#include <QSet>
#include <array>

using namespace medsafe;
using namespace medsafe::charts;
using namespace medsafe::charts::test;
using Kind = SignalVerdict::Kind;
using Evidence = SignalVerdict::Evidence;
using domain::Direction;

namespace {
analysis::ChartResult run(std::vector<analysis::Value> y, std::optional<int> freeze = std::nullopt,
                          analysis::RuleSet rules = analysis::RuleSet::Anhoej) {
    analysis::ChartInput in;
    in.y = std::move(y);
    in.freeze = freeze;
    in.rules = rules;
    return analyse(analysis::ChartType::Run, in);
}
} // namespace

TEST_CASE("a long run on the better side is an improvement", "[verdict]") {
    const ChartSpec spec = improvingRunChart();
    const SignalVerdict v = SignalVerdict::judge(spec.result, Direction::HigherIsBetter);
    CHECK(v.kind == Kind::Improvement);
    CHECK(v.evidence == Evidence::LongRun);
    CHECK(v.above);
    CHECK(v.evidenceLength == 12);
    CHECK(v.symbol() == QStringLiteral("▲"));
    CHECK(v.color() == SignalVerdict::color(Kind::Improvement));
    // The same chart for a measure where lower is better is a worsening.
    const SignalVerdict worse = SignalVerdict::judge(spec.result, Direction::LowerIsBetter);
    CHECK(worse.kind == Kind::Worsening);
    CHECK(worse.symbol() == QStringLiteral("▼"));
}

TEST_CASE("random variation gives no signal", "[verdict]") {
    const auto r = run({5, 7, 4, 6, 5, 8, 3, 6, 4, 7, 5, 6});
    const SignalVerdict v = SignalVerdict::judge(r, Direction::LowerIsBetter);
    CHECK(v.kind == Kind::NoSignal);
    CHECK(v.evidence == Evidence::None);
    CHECK(v.symbol() == QStringLiteral("●"));
    CHECK(v.badgeText() == QStringLiteral("● No signal"));
}

TEST_CASE("the latest run decides when runs lie on both sides", "[verdict]") {
    // High first, then low: for errors (lower is better) the recent low run is an improvement,
    // although the engine names the first longest run (above) as its side.
    const auto r = run({9, 8, 9, 7, 8, 9, 8, 9, 9, 1, 2, 1, 2, 1, 2, 1, 2, 1});
    REQUIRE(r.parts[0].longRunSignal);
    const SignalVerdict v = SignalVerdict::judge(r, Direction::LowerIsBetter);
    CHECK(v.kind == Kind::Improvement);
    CHECK_FALSE(v.above);
    CHECK(v.evidencePoint == 17);
}

TEST_CASE("a point outside the limits after the run decides by being later", "[verdict]") {
    analysis::ChartInput in;
    in.y = {10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 11, 9, 10, 11, 10, 10, 40};
    in.freeze = 12;
    const auto r = analyse(analysis::ChartType::I, in);
    REQUIRE(r.points.back().sigmaSignal);
    const SignalVerdict v = SignalVerdict::judge(r, Direction::LowerIsBetter);
    CHECK(v.kind == Kind::Worsening);
    CHECK(v.evidence == Evidence::SigmaPoint);
    CHECK(v.evidencePoint == 16);
    CHECK(SignalVerdict::judge(r, Direction::HigherIsBetter).kind == Kind::Improvement);
}

TEST_CASE("a trend under the IHI rules has a direction", "[verdict]") {
    const auto r = run({5, 6, 5, 6, 5, 6, 5, 6, 5, 4, 3, 2, 1, 0}, std::nullopt, analysis::RuleSet::Ihi);
    REQUIRE(r.parts[0].trendSignal);
    const SignalVerdict v = SignalVerdict::judge(r, Direction::LowerIsBetter);
    CHECK(v.kind == Kind::Improvement);
    CHECK(v.evidence == Evidence::Trend);
    CHECK(v.evidenceLength == 7); // 6, 5, 4, 3, 2, 1, 0
}

TEST_CASE("a crossings signal takes the side of the latest longest run", "[verdict]") {
    // 7 above then 7 below: no run beyond the limit, but too few crossings.
    const auto r = run({8, 9, 8, 9, 8, 9, 8, 2, 1, 2, 1, 2, 1, 2, 9, 1});
    REQUIRE(r.parts[0].crossingsSignal);
    REQUIRE_FALSE(r.parts[0].longRunSignal);
    const SignalVerdict v = SignalVerdict::judge(r, Direction::HigherIsBetter);
    CHECK(v.evidence == Evidence::Crossings);
    CHECK_FALSE(v.above);
    CHECK(v.kind == Kind::Worsening);
}

TEST_CASE("only the last part is judged", "[verdict]") {
    const ChartSpec spec = splitPChart();
    REQUIRE(spec.result.parts[0].runsSignal);
    CHECK(SignalVerdict::judge(spec.result, Direction::HigherIsBetter).kind == Kind::NoSignal);
}

TEST_CASE("the narrative carries the reading, the numbers and the legend", "[narrative]") {
    const ChartNarrative n = ChartNarrative::describe(improvingRunChart());
    CHECK(n.verdict.kind == Kind::Improvement);
    REQUIRE(n.legend.size() == 2);
    CHECK(n.legend[0].startsWith(QStringLiteral("1  Dobbeltkontrol ved dispensering (Implementér)")));
    CHECK(n.legend[1].startsWith(QStringLiteral("2  Tjekliste ved doseringsæsker (Tilpas)")));
    REQUIRE(n.exclusions.size() == 1);
    CHECK(n.exclusions[0] == QStringLiteral("aug. 2023: Ferieafløsere talte æskerne"));
    const QString reading = n.reading.join(QLatin1Char(' '));
    CHECK(reading.contains(QStringLiteral("Long-run signal: 12 points in a row above the median")));
    CHECK(n.why.join(QLatin1Char(' ')).contains(QStringLiteral("higher values are better")));
    bool hasLongestRun = false;
    for (const ChartNarrative::Fact& f : n.facts)
        hasLongestRun = hasLongestRun || (f.label == QStringLiteral("Longest run") &&
                                          f.value.startsWith(QStringLiteral("12")));
    CHECK(hasLongestRun);
    CHECK(n.toPlainText().contains(QStringLiteral("▲ Improvement")));
}

TEST_CASE("every chart type has a name of its own (S and I' were called a run chart)", "[charts][names]") {
    using analysis::ChartType;
    const std::array all{ChartType::Run, ChartType::I,    ChartType::MR, ChartType::C,  ChartType::U,
                         ChartType::P,   ChartType::G,    ChartType::T,  ChartType::Xbar, ChartType::PP,
                         ChartType::UP,  ChartType::S,    ChartType::IP};
    QSet<QString> names;
    for (ChartType type : all) names.insert(charts::ChartTypeNames::name(type));
    CHECK(names.size() == int(all.size()));
}
