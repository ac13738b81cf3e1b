#include "charts/SignalVerdict.h"

#include <optional>
#include <vector>

namespace medsafe::charts {

using analysis::ChartPoint;
using analysis::ChartResult;
using analysis::PartSummary;

namespace {
struct Streak {
    bool up = false; // above the centre line, or rising
    int length = 0;
    int last = -1; // point index where it ends
};

bool useful(const ChartPoint& p) {
    return p.include && p.y && p.cl && *p.y != *p.cl;
}

// Runs on one side of the centre line, as the engine counts them: excluded and missing points
// and points on the line neither break nor extend a run.
std::vector<Streak> runsOf(const ChartResult& result, const PartSummary& part) {
    std::vector<Streak> runs;
    for (int i = part.first; i <= part.last; ++i) {
        const ChartPoint& p = result.points[static_cast<std::size_t>(i)];
        if (!useful(p)) continue;
        const bool up = *p.y > *p.cl;
        if (runs.empty() || runs.back().up != up) runs.push_back({up, 0, i});
        ++runs.back().length;
        runs.back().last = i;
    }
    return runs;
}

// Steady rises or falls; equal neighbours are skipped as in the IHI convention.
std::vector<Streak> trendsOf(const ChartResult& result, const PartSummary& part) {
    std::vector<Streak> trends;
    std::optional<double> previous;
    int previousIndex = -1;
    for (int i = part.first; i <= part.last; ++i) {
        const ChartPoint& p = result.points[static_cast<std::size_t>(i)];
        if (!p.include || !p.y) continue;
        if (previous && *p.y != *previous) {
            const bool up = *p.y > *previous;
            if (trends.empty() || trends.back().up != up || trends.back().last != previousIndex)
                trends.push_back({up, 1, previousIndex});
            ++trends.back().length;
            trends.back().last = i;
        }
        if (!previous || *p.y != *previous) previousIndex = i;
        previous = p.y;
    }
    return trends;
}

// The latest streak at least `minLength` long.
std::optional<Streak> latestAtLeast(const std::vector<Streak>& streaks, int minLength) {
    for (auto it = streaks.rbegin(); it != streaks.rend(); ++it) {
        if (it->length >= minLength) return *it;
    }
    return std::nullopt;
}

std::optional<Streak> latestLongest(const std::vector<Streak>& streaks) {
    int longest = 0;
    for (const Streak& s : streaks)
        longest = std::max(longest, s.length);
    return longest > 0 ? latestAtLeast(streaks, longest) : std::nullopt;
}

SignalVerdict fromStreak(SignalVerdict::Evidence evidence, const std::optional<Streak>& streak) {
    SignalVerdict verdict;
    if (!streak) return verdict;
    verdict.evidence = evidence;
    verdict.evidencePoint = streak->last;
    verdict.evidenceLength = streak->length;
    verdict.above = streak->up;
    return verdict;
}

SignalVerdict runsEvidence(const ChartResult& result, const PartSummary& part) {
    if (!part.runsSignal) return {};
    const std::vector<Streak> runs = runsOf(result, part);
    if (part.longRunSignal && part.longestRunMax)
        return fromStreak(SignalVerdict::Evidence::LongRun, latestAtLeast(runs, *part.longestRunMax + 1));
    if (part.shiftSignal)
        return fromStreak(SignalVerdict::Evidence::Shift, latestAtLeast(runs, PartSummary::kIhiShiftLimit));
    if (part.trendSignal) {
        const auto trend = latestAtLeast(trendsOf(result, part), PartSummary::kIhiTrendLimit);
        return fromStreak(SignalVerdict::Evidence::Trend, trend);
    }
    // Too few crossings says the process shifted without saying where to; the latest of the
    // longest runs shows the side it settled on.
    return fromStreak(SignalVerdict::Evidence::Crossings, latestLongest(runs));
}

SignalVerdict sigmaEvidence(const ChartResult& result, const PartSummary& part) {
    SignalVerdict verdict;
    for (int i = part.last; i >= part.first; --i) {
        const ChartPoint& p = result.points[static_cast<std::size_t>(i)];
        if (!p.sigmaSignal) continue;
        verdict.evidence = SignalVerdict::Evidence::SigmaPoint;
        verdict.evidencePoint = i;
        verdict.evidenceLength = 1;
        verdict.above = p.ucl && *p.y > *p.ucl;
        break;
    }
    return verdict;
}
} // namespace

SignalVerdict SignalVerdict::judge(const ChartResult& result, domain::Direction direction) {
    // A moving-range chart measures the size of changes, not their direction.
    if (result.parts.empty() || result.chart == analysis::ChartType::MR) return {};
    const PartSummary& part = result.parts.back();
    if (part.last >= static_cast<int>(result.points.size())) return {};
    SignalVerdict runs = runsEvidence(result, part);
    SignalVerdict sigma = sigmaEvidence(result, part);
    SignalVerdict verdict = sigma.evidencePoint > runs.evidencePoint ? sigma : runs;
    if (verdict.evidence == Evidence::None) return {};
    const bool higherIsBetter = direction == domain::Direction::HigherIsBetter;
    verdict.kind = verdict.above == higherIsBetter ? Kind::Improvement : Kind::Worsening;
    return verdict;
}

QColor SignalVerdict::color(Kind kind) {
    switch (kind) {
    case Kind::Improvement:
        return QColor(0x1b, 0x7f, 0x3b);
    case Kind::Worsening:
        return QColor(0xc6, 0x28, 0x28);
    case Kind::NoSignal:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QString SignalVerdict::symbol(Kind kind) {
    switch (kind) {
    case Kind::Improvement:
        return QStringLiteral("\u25b2");
    case Kind::Worsening:
        return QStringLiteral("\u25bc");
    case Kind::NoSignal:
        break;
    }
    return QStringLiteral("\u25cf");
}

QString SignalVerdict::label(Kind kind) {
    switch (kind) {
    case Kind::Improvement:
        return tr("Improvement");
    case Kind::Worsening:
        return tr("Worsening");
    case Kind::NoSignal:
        break;
    }
    return tr("No signal");
}

QColor SignalVerdict::color() const {
    return color(kind);
}

QString SignalVerdict::symbol() const {
    return symbol(kind);
}

QString SignalVerdict::label() const {
    return label(kind);
}

QString SignalVerdict::badgeText() const {
    return symbol() + QLatin1Char(' ') + label();
}

QString SignalVerdict::reason() const {
    switch (evidence) {
    case Evidence::None:
        break;
    case Evidence::LongRun:
        return above ? tr("Long-run signal: %n points in a row above the centre line, more than chance "
                          "explains.",
                          nullptr, evidenceLength)
                     : tr("Long-run signal: %n points in a row below the centre line, more than chance "
                          "explains.",
                          nullptr, evidenceLength);
    case Evidence::Crossings:
        return above ? tr("Crossings signal: the curve crosses the centre line fewer times than chance "
                          "explains; the latest long run lies above it.")
                     : tr("Crossings signal: the curve crosses the centre line fewer times than chance "
                          "explains; the latest long run lies below it.");
    case Evidence::Shift:
        return above ? tr("A shift: %n points in a row above the centre line.", nullptr, evidenceLength)
                     : tr("A shift: %n points in a row below the centre line.", nullptr, evidenceLength);
    case Evidence::Trend:
        return above ? tr("A trend: %n points in a row rising.", nullptr, evidenceLength)
                     : tr("A trend: %n points in a row falling.", nullptr, evidenceLength);
    case Evidence::SigmaPoint:
        return above ? tr("The latest signal is a point outside the control limits, above the upper limit.")
                     : tr("The latest signal is a point outside the control limits, below the lower limit.");
    }
    return tr("No signal: the variation is what chance alone would give.");
}

} // namespace medsafe::charts
