// The plain-language sentences, in English (no translator installed).

#include "analysis/ChartAnalyzer.h"
#include "domain/SignalExplanation.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace medsafe;
using analysis::ChartAnalyzer;
using analysis::ChartInput;
using analysis::ChartResult;
using analysis::ChartType;
using analysis::RuleSet;
using domain::SignalExplanation;

namespace {
ChartResult analyse(ChartType chart, ChartInput in)
{
    QLocale::setDefault(QLocale::c());
    const analysis::AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
    REQUIRE(std::holds_alternative<ChartResult>(outcome));
    return std::get<ChartResult>(outcome);
}

QString joined(const QStringList& sentences)
{
    return sentences.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("random variation only", "[explanation]")
{
    ChartInput in;
    in.y = {5, 7, 4, 6, 5, 8, 3, 6, 4, 7, 5, 6};
    const QStringList s = SignalExplanation::explain(analyse(ChartType::Run, in));
    INFO(joined(s).toStdString());
    CHECK(s.first() == QStringLiteral("Run chart, analysed with the Anhøj rules."));
    CHECK(s.contains(QStringLiteral("Centre line (median): 5.5.")));
    CHECK(s.last() == QStringLiteral("No signal: only random variation is seen."));
}

TEST_CASE("long-run and crossings signals name the side and the limit", "[explanation]")
{
    ChartInput in;
    in.y = {9, 8, 9, 7, 8, 9, 8, 9, 1, 2, 1, 2, 1, 2, 1, 2};
    const ChartResult r = analyse(ChartType::Run, in);
    REQUIRE(r.parts[0].longRunSignal);
    const QStringList s = SignalExplanation::explain(r);
    INFO(joined(s).toStdString());
    CHECK(s.contains(QStringLiteral("Long-run signal: 8 points in a row above the median (the limit is 7).")));
    CHECK(s.contains(QStringLiteral("Crossings signal: the curve crosses the median 1 time(s); at least 4 crossings are expected.")));
    CHECK_FALSE(joined(s).contains(QStringLiteral("No signal")));
}

TEST_CASE("points outside the control limits are listed by label", "[explanation]")
{
    ChartInput in;
    in.y = {10, 11, 9, 10, 12, 10, 9, 11, 10, 40, 10, 11, 9, 10, 11, 10};
    const ChartResult r = analyse(ChartType::I, in);
    QStringList labels;
    for (int i = 0; i < 16; ++i)
        labels << QStringLiteral("2024-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
    const QStringList s = SignalExplanation::explain(r, labels);
    INFO(joined(s).toStdString());
    CHECK(s.first() == QStringLiteral("Control chart (I), analysed with the Anhøj rules and the control limits."));
    CHECK(s.contains(QStringLiteral("Point outside the control limits: 1 point(s), at 2024-10.")));
    CHECK(SignalExplanation::explain(r).contains(QStringLiteral("Point outside the control limits: 1 point(s), at point 10.")));
}

TEST_CASE("too few useful points, parts and IHI", "[explanation]")
{
    ChartInput shortSeries;
    shortSeries.y = {3, 4, 5, 4, 3};
    const QStringList few = SignalExplanation::explain(analyse(ChartType::Run, shortSeries));
    INFO(joined(few).toStdString());
    CHECK(few.contains(QStringLiteral(
        "Too few useful points to judge: 3 point(s) neither missing nor on the centre line; at least 10 are needed.")));

    ChartInput ihi;
    for (int i = 1; i <= 12; ++i)
        ihi.y.push_back(i);
    ihi.rules = RuleSet::Ihi;
    ihi.parts = {6};
    const QStringList s = SignalExplanation::explain(analyse(ChartType::Run, ihi));
    INFO(joined(s).toStdString());
    CHECK(s.first() == QStringLiteral("Run chart, analysed with the IHI rules (shift and trend)."));
    CHECK(s.contains(QStringLiteral(
        "Part 1: Trend signal (IHI rules): 6 points in a row steadily increasing (the limit is 5 or more).")));
    CHECK(s.contains(QStringLiteral("Part 2: Centre line (median): 9.5.")));
}

TEST_CASE("mr charts say the runs rules do not apply; constant data has no limits", "[explanation]")
{
    ChartInput in;
    in.y = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    const QStringList i = SignalExplanation::explain(analyse(ChartType::I, in));
    INFO(joined(i).toStdString());
    CHECK(i.contains(QStringLiteral("No control limits could be computed (too few points or no variation).")));
    const QStringList mr = SignalExplanation::explain(analyse(ChartType::MR, in));
    CHECK(mr.contains(QStringLiteral("The runs rules are not applied to a moving-range chart.")));
}

TEST_CASE("a box-method signal has its own sentence, never 'No signal'", "[explanation][issue17]")
{
    ChartInput in;
    in.y = {9, 8, 9, 7, 8, 9, 8, 9, 1, 2, 1, 2, 1, 2, 1, 2};
    in.method = analysis::RunsMethod::BestBox;
    const ChartResult r = analyse(ChartType::Run, in);
    REQUIRE(r.parts[0].boxSignal);
    REQUIRE_FALSE(r.parts[0].longRunSignal);
    const QStringList s = SignalExplanation::explain(r);
    INFO(joined(s).toStdString());
    CHECK(s.contains(QStringLiteral("The runs are judged with the best-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points.")));
    CHECK(s.contains(QStringLiteral("Runs signal (box method): a longest run of 8 point(s) together with 1 crossing(s) of the median "
                                    "is more than random variation gives for 16 useful points.")));
    CHECK_FALSE(joined(s).contains(QStringLiteral("No signal")));

    in.method = analysis::RunsMethod::CutBox;
    const QStringList cut = SignalExplanation::explain(analyse(ChartType::I, in));
    INFO(joined(cut).toStdString());
    CHECK(cut.contains(QStringLiteral("The runs are judged with the cut-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points.")));
    CHECK(joined(cut).contains(QStringLiteral("crossing(s) of the centre line")));
}

TEST_CASE("S and I′ charts are named and described", "[explanation][issue17]")
{
    ChartInput s;
    for (int g = 0; g < 12; ++g) {
        for (int k = 0; k < 4; ++k) {
            s.y.push_back(10.0 + ((g * 7 + k * 3) % 5));
            s.subgroup.push_back(g);
        }
    }
    const QStringList sd = SignalExplanation::explain(analyse(ChartType::S, s));
    INFO(joined(sd).toStdString());
    CHECK(sd.first() == QStringLiteral("Control chart (S), analysed with the Anhøj rules and the control limits."));
    CHECK(sd.contains(QStringLiteral("The S chart shows the spread (standard deviation) within each subgroup; a point above the "
                                     "upper limit is a subgroup with unusually large variation.")));

    ChartInput ip;
    ip.y = {12, 9, 14, 11, 30, 13, 10, 12, 15, 11, 9, 13};
    ip.n = {150, 131, 160, 140, 300, 155, 120, 150, 170, 140, 110, 150};
    const QStringList laney = SignalExplanation::explain(analyse(ChartType::IP, ip));
    INFO(joined(laney).toStdString());
    CHECK(laney.first() == QStringLiteral("Laney I′ chart, analysed with the Anhøj rules and the control limits."));
    CHECK(laney.at(1).startsWith(QStringLiteral("The limits of each point are adjusted for its size (Laney)")));
    CHECK_FALSE(joined(laney).contains(QStringLiteral("IP")));
}

TEST_CASE("Bernoulli CUSUM: expected risk, events and where it signalled", "[explanation][issue17]")
{
    QLocale::setDefault(QLocale::c());
    analysis::BernoulliCusumInput rising;
    rising.outcomes.assign(40, 0);
    for (int i = 30; i < 40; ++i)
        rising.outcomes[static_cast<std::size_t>(i)] = 1;
    rising.targetRisk = 0.05;
    const auto up = std::get<analysis::BernoulliCusumResult>(analysis::BernoulliCusum::analyze(rising));
    const QStringList s = SignalExplanation::explainCusum(up);
    INFO(joined(s).toStdString());
    CHECK(s.first() == QStringLiteral("Bernoulli CUSUM of 40 case(s), each with or without an event."));
    CHECK(s.contains(QStringLiteral("Expected risk of an event: 5.0 %.")));
    CHECK(s.contains(QStringLiteral("The chart watches for the odds of an event rising or falling by a factor 2 (a risk of 9.5 % or 2.6 %); "
                                    "the limits are ±3.5.")));
    CHECK(s.contains(QStringLiteral("Events seen: 10 of 40 case(s).")));
    int first = -1;
    for (const auto& p : up.points) {
        if (p.signal1 && first < 0)
            first = p.index;
    }
    REQUIRE(first >= 30);
    CHECK(joined(s).contains(QStringLiteral("Signal: the risk has risen; the upper CUSUM reached the limit")));
    CHECK(joined(s).contains(QStringLiteral("at case %1").arg(first + 1)));
    CHECK_FALSE(joined(s).contains(QStringLiteral("No signal")));

    // Labels name the cases; a long run of cases without events at a high expected risk is a fall.
    analysis::BernoulliCusumInput falling;
    falling.outcomes.assign(30, 0);
    falling.targetRisk = 0.3;
    const auto down = std::get<analysis::BernoulliCusumResult>(analysis::BernoulliCusum::analyze(falling));
    QStringList labels;
    for (int i = 0; i < 30; ++i)
        labels << QStringLiteral("H%1").arg(i);
    const QStringList d = SignalExplanation::explainCusum(down, labels);
    INFO(joined(d).toStdString());
    CHECK(joined(d).contains(QStringLiteral("Signal: the risk has fallen; the lower CUSUM reached the limit")));
    CHECK(joined(d).contains(QStringLiteral("H")));

    // Baseline cases set the risk; no signal is said plainly.
    analysis::BernoulliCusumInput calm;
    calm.outcomes = {0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0};
    calm.baselineCases = 10;
    const auto none = std::get<analysis::BernoulliCusumResult>(analysis::BernoulliCusum::analyze(calm));
    const QStringList n = SignalExplanation::explainCusum(none);
    INFO(joined(n).toStdString());
    CHECK(n.contains(QStringLiteral("Expected risk of an event: 20.0 %, the rate of the first 10 case(s).")));
    CHECK(n.last() == QStringLiteral("No signal: the events agree with the expected risk."));
}

TEST_CASE("Pareto: the largest categories that make up 80 %", "[explanation][issue17]")
{
    QLocale::setDefault(QLocale::c());
    std::vector<std::optional<std::string>> observations;
    for (const char* c : {"a", "a", "a", "a", "a", "b", "b", "b", "c", "d"})
        observations.emplace_back(c);
    const QStringList s = SignalExplanation::explainPareto(analysis::ParetoChart::fromObservations(observations));
    INFO(joined(s).toStdString());
    CHECK(s.first() == QStringLiteral("Pareto chart of 10 observation(s), largest category first."));
    CHECK(s.last() == QStringLiteral("The 2 largest category(ies) make up 80.0 % of the observations: a, b."));
    CHECK(SignalExplanation::explainPareto({}).first() == QStringLiteral("No observations to count."));
}
