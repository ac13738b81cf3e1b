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
