#include "domain/SignalExplanation.h"

#include <QLocale>

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
    default: return QString::fromLatin1(analysis::toString(chart).data()).toUpper();
    }
}

QString formatNumber(double value)
{
    // Four significant digits read well for rates and counts; large values without exponent.
    const QLocale locale;
    return std::fabs(value) >= 1000.0 ? locale.toString(value, 'f', 0) : locale.toString(value, 'g', 4);
}
} // namespace

QStringList SignalExplanation::explain(const ChartResult& result, const QStringList& xLabels)
{
    QStringList sentences;
    const bool ihi = result.rules == RuleSet::Ihi;
    if (result.chart == ChartType::Run) {
        sentences << (ihi ? tr("Run chart, analysed with the IHI rules (shift and trend).")
                          : tr("Run chart, analysed with the Anhøj rules."));
    } else {
        sentences << (ihi ? tr("Control chart (%1), analysed with the IHI rules (shift and trend) and the control limits.")
                          : tr("Control chart (%1), analysed with the Anhøj rules and the control limits."))
                             .arg(chartLabel(result.chart));
    }
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

} // namespace medsafe::domain
