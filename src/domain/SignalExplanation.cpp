#include "domain/SignalExplanation.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace medsafe::domain {

using analysis::ChartResult;
using analysis::ChartType;
using analysis::PartSummary;
using analysis::RuleSet;
using analysis::RunSide;
using analysis::TrendDirection;

namespace {
constexpr int kMaxListedPoints = 8;

QString chartLabel(ChartType chart)
{
    switch (chart) {
    case ChartType::PP: return QStringLiteral("P′");
    case ChartType::UP: return QStringLiteral("U′");
    case ChartType::Xbar: return QStringLiteral("X̄");
    case ChartType::IP: return QStringLiteral("I′");
    default: return QString::fromLatin1(analysis::toString(chart).data()).toUpper();
    }
}

QString formatNumber(double value)
{
    // Four significant digits read well for rates and counts; large values without exponent.
    const QLocale locale;
    return std::fabs(value) >= 1000.0 ? locale.toString(value, 'f', 0) : locale.toString(value, 'g', 4);
}

QString formatPercent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

// Labels of the listed indexes, at most kMaxListedPoints and then "…".
QString listed(const std::vector<int>& indexes, const QStringList& labels, const QString& fallback)
{
    QStringList names;
    for (int i : indexes) {
        if (names.size() == kMaxListedPoints) {
            names << QStringLiteral("…");
            break;
        }
        names << (i < labels.size() ? labels.at(i) : fallback.arg(i + 1));
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

QStringList SignalExplanation::explain(const ChartResult& result, const QStringList& xLabels)
{
    QStringList sentences;
    const bool ihi = result.rules == RuleSet::Ihi;
    if (result.chart == ChartType::Run) {
        sentences << (ihi ? tr("Run chart, analysed with the IHI rules (shift and trend).")
                          : tr("Run chart, analysed with the Anhøj rules."));
    } else if (result.chart == ChartType::IP) {
        sentences << (ihi ? tr("Laney I′ chart, analysed with the IHI rules (shift and trend) and the control limits.")
                          : tr("Laney I′ chart, analysed with the Anhøj rules and the control limits."));
        sentences << tr("The limits of each point are adjusted for its size (Laney), so large periods get narrow limits and small periods wide ones.");
    } else {
        sentences << (ihi ? tr("Control chart (%1), analysed with the IHI rules (shift and trend) and the control limits.")
                          : tr("Control chart (%1), analysed with the Anhøj rules and the control limits."))
                             .arg(chartLabel(result.chart));
    }
    if (result.chart == ChartType::S)
        sentences << tr("The S chart shows the spread (standard deviation) within each subgroup; a point above the upper limit is a subgroup with unusually large variation.");
    if (!ihi && result.method != analysis::RunsMethod::Anhoej)
        sentences << (result.method == analysis::RunsMethod::BestBox
                          ? tr("The runs are judged with the best-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points.")
                          : tr("The runs are judged with the cut-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points."));
    const bool several = result.parts.size() > 1;
    for (std::size_t p = 0; p < result.parts.size(); ++p) {
        for (const QString& sentence : explainPart(result, p, xLabels))
            sentences << (several ? tr("Part %1: %2").arg(p + 1).arg(sentence) : sentence);
    }
    return sentences;
}

QStringList SignalExplanation::explainPart(const ChartResult& result, std::size_t part, const QStringList& xLabels)
{
    QStringList sentences;
    if (part >= result.parts.size())
        return sentences;
    const PartSummary& s = result.parts[part];
    const bool median = analysis::centreLineIsMedian(result.chart);
    const bool limits = analysis::hasControlLimits(result.chart);

    if (s.meanCl) {
        sentences << (median ? tr("Centre line (median): %1.") : tr("Centre line (mean): %1.")).arg(formatNumber(*s.meanCl));
    }
    if (limits && !s.meanUcl && !s.meanLcl)
        sentences << tr("No control limits could be computed (too few points or no variation).");

    // Runs rules.
    if (result.chart == ChartType::MR) {
        sentences << tr("The runs rules are not applied to a moving-range chart.");
    } else if (result.rules == RuleSet::Anhoej) {
        if (s.longRunSignal) {
            const bool above = s.longestRunSide == RunSide::Above;
            const char* text = median ? (above ? QT_TR_N_NOOP("Long-run signal: %n points in a row above the median (the limit is %1).")
                                               : QT_TR_N_NOOP("Long-run signal: %n points in a row below the median (the limit is %1)."))
                                      : (above ? QT_TR_N_NOOP("Long-run signal: %n points in a row above the centre line (the limit is %1).")
                                               : QT_TR_N_NOOP("Long-run signal: %n points in a row below the centre line (the limit is %1)."));
            sentences << tr(text, nullptr, *s.longestRun).arg(*s.longestRunMax);
        }
        if (s.boxSignal) {
            const char* text = median ? QT_TR_N_NOOP("Runs signal (box method): a longest run of %n point(s) together with %1 crossing(s) of the median is more than random variation gives for %2 useful points.")
                                      : QT_TR_N_NOOP("Runs signal (box method): a longest run of %n point(s) together with %1 crossing(s) of the centre line is more than random variation gives for %2 useful points.");
            sentences << tr(text, nullptr, s.longestRun.value_or(0)).arg(s.nCrossings.value_or(0)).arg(s.nUseful);
        }
        if (s.crossingsSignal) {
            const char* text = median ? QT_TR_N_NOOP("Crossings signal: the curve crosses the median %n time(s); at least %1 crossings are expected.")
                                      : QT_TR_N_NOOP("Crossings signal: the curve crosses the centre line %n time(s); at least %1 crossings are expected.");
            sentences << tr(text, nullptr, *s.nCrossings).arg(*s.nCrossingsMin);
        }
    } else {
        if (s.shiftSignal) {
            const char* text = median ? QT_TR_N_NOOP("Shift signal (IHI rules): %n points in a row on the same side of the median (the limit is %1 or more).")
                                      : QT_TR_N_NOOP("Shift signal (IHI rules): %n points in a row on the same side of the centre line (the limit is %1 or more).");
            sentences << tr(text, nullptr, *s.longestRun).arg(PartSummary::kIhiShiftLimit);
        }
        if (s.trendSignal) {
            const char* text = s.longestTrendDirection == TrendDirection::Decreasing
                                   ? QT_TR_N_NOOP("Trend signal (IHI rules): %n points in a row steadily decreasing (the limit is %1 or more).")
                                   : QT_TR_N_NOOP("Trend signal (IHI rules): %n points in a row steadily increasing (the limit is %1 or more).");
            sentences << tr(text, nullptr, *s.longestTrend).arg(PartSummary::kIhiTrendLimit);
        }
    }

    // Points outside the 3-sigma limits, named by their labels.
    if (s.sigmaSignalCount > 0) {
        QStringList names;
        for (int i = s.first; i <= s.last && i < static_cast<int>(result.points.size()); ++i) {
            if (!result.points[static_cast<std::size_t>(i)].sigmaSignal)
                continue;
            if (names.size() == kMaxListedPoints) {
                names << QStringLiteral("…");
                break;
            }
            names << (i < xLabels.size() ? xLabels.at(i) : tr("point %1").arg(i + 1));
        }
        sentences << tr("Point outside the control limits: %n point(s), at %1.", nullptr, s.sigmaSignalCount)
                         .arg(names.join(QStringLiteral(", ")));
    }

    const bool runsChecked = result.chart != ChartType::MR;
    if (s.nUseful < kMinUsefulPoints && runsChecked) {
        sentences << tr("Too few useful points to judge: %n point(s) neither missing nor on the centre line; at least %1 are needed.",
                        nullptr, s.nUseful)
                         .arg(kMinUsefulPoints);
    } else if (!s.runsSignal && s.sigmaSignalCount == 0) {
        sentences << tr("No signal: only random variation is seen.");
    }
    return sentences;
}

QStringList SignalExplanation::explainCusum(const analysis::BernoulliCusumResult& result, const QStringList& caseLabels)
{
    QStringList sentences;
    const int cases = static_cast<int>(result.points.size());
    int events = 0;
    std::vector<int> up;
    std::vector<int> down;
    for (const auto& point : result.points) {
        events += point.outcome;
        if (point.signal1)
            up.push_back(point.index);
        if (point.signal2)
            down.push_back(point.index);
    }
    sentences << tr("Bernoulli CUSUM of %n case(s), each with or without an event.", nullptr, cases);
    sentences << (result.baselineCases
                      ? tr("Expected risk of an event: %1, the rate of the first %n case(s).", nullptr, *result.baselineCases)
                      : tr("Expected risk of an event: %1.")).arg(formatPercent(result.p0));
    sentences << tr("The chart watches for the odds of an event rising or falling by a factor %1 (a risk of %2 or %3); "
                    "the limits are ±%4.")
                     .arg(formatNumber(result.oddsRatio), formatPercent(result.p1), formatPercent(result.p2),
                          formatNumber(result.limit));
    sentences << tr("Events seen: %n of %1 case(s).", nullptr, events).arg(cases);
    const QString fallback = tr("case %1");
    if (!up.empty())
        sentences << tr("Signal: the risk has risen; the upper CUSUM reached the limit %n time(s), at %1.", nullptr,
                        static_cast<int>(up.size()))
                         .arg(listed(up, caseLabels, fallback));
    if (!down.empty())
        sentences << tr("Signal: the risk has fallen; the lower CUSUM reached the limit %n time(s), at %1.", nullptr,
                        static_cast<int>(down.size()))
                         .arg(listed(down, caseLabels, fallback));
    if (up.empty() && down.empty())
        sentences << tr("No signal: the events agree with the expected risk.");
    return sentences;
}

QStringList SignalExplanation::explainPareto(const analysis::ParetoResult& result)
{
    QStringList sentences;
    if (result.total <= 0 || result.categories.empty()) {
        sentences << tr("No observations to count.");
        return sentences;
    }
    sentences << tr("Pareto chart of %n observation(s), largest category first.", nullptr, static_cast<int>(result.total));
    // The "vital few": the smallest number of the largest categories that reach 80 %.
    constexpr double kVitalShare = 0.8;
    std::size_t few = 0;
    while (few < result.categories.size() && result.categories[few].cumulativeShare < kVitalShare - 1e-12)
        ++few;
    few = std::min(few + 1, result.categories.size());
    QStringList names;
    for (std::size_t i = 0; i < few; ++i) {
        const auto& name = result.categories[i].name;
        names << (name ? QString::fromStdString(*name) : tr("(missing)"));
    }
    sentences << tr("The %n largest category(ies) make up %1 of the observations: %2.", nullptr, static_cast<int>(few))
                     .arg(formatPercent(result.categories[few - 1].cumulativeShare), names.join(QStringLiteral(", ")));
    return sentences;
}

} // namespace medsafe::domain
