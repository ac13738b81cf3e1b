#include "services/sustain/SlipBack.h"

#include "analysis/RunsThresholds.h"

#include <QLocale>

namespace medsafe::services {

namespace {

QString pointName(const QDate& date, bool perEvent) {
    return QLocale(QLocale::Danish)
        .toString(date, perEvent ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("MMMM yyyy"));
}

} // namespace

SlipBack SlipBack::detect(const analysis::ChartResult& result, int baselinePoints,
                          domain::Direction plotted) {
    SlipBack out;
    out.badSideAbove = plotted == domain::Direction::LowerIsBetter;
    const auto& points = result.points;
    const int count = static_cast<int>(points.size());

    // Beyond the frozen limit on the bad side: the latest such point.
    int beyond = -1;
    // Runs on the bad side among the useful points after the baseline.
    QList<int> useful;
    for (int i = std::max(0, baselinePoints); i < count; ++i) {
        const analysis::ChartPoint& p = points[static_cast<std::size_t>(i)];
        if (!p.include || !p.y) continue;
        const double y = *p.y;
        if (out.badSideAbove ? (p.ucl && y > *p.ucl) : (p.lcl && y < *p.lcl)) beyond = i;
        if (p.cl && y != *p.cl) useful << i;
    }
    if (!useful.isEmpty()) {
        const int limit = analysis::RunsThresholds::longestRunMax(static_cast<int>(useful.size()));
        int bestFirst = -1;
        int bestLast = -1;
        int bestLength = 0;
        int runFirst = -1;
        int runLength = 0;
        for (int k = 0; k < useful.size(); ++k) {
            const analysis::ChartPoint& p = points[static_cast<std::size_t>(useful[k])];
            const bool bad = out.badSideAbove ? *p.y > *p.cl : *p.y < *p.cl;
            if (!bad) {
                runLength = 0;
                continue;
            }
            if (runLength == 0) runFirst = useful[k];
            ++runLength;
            // The later of two equally long runs is the one worth telling.
            if (runLength >= bestLength) {
                bestLength = runLength;
                bestFirst = runFirst;
                bestLast = useful[k];
            }
        }
        if (bestLength > limit) {
            out.kind = Kind::Shift;
            out.firstIndex = bestFirst;
            out.lastIndex = bestLast;
            out.runLength = bestLength;
            out.reachesLatest = bestLast == useful.constLast();
            return out;
        }
    }
    if (beyond >= 0) {
        out.kind = Kind::BeyondLimit;
        out.firstIndex = beyond;
        out.lastIndex = beyond;
        out.runLength = 1;
    }
    return out;
}

QString SlipBack::sentence(const QString& changeTitle, const QDate& adoptedOn, const QList<QDate>& dates,
                           bool perEvent) const {
    if (!slipped() || firstIndex < 0 || lastIndex >= dates.size()) return {};
    const QString adopted = pointName(adoptedOn, false);
    if (kind == Kind::BeyondLimit) {
        const QString when = pointName(dates[firstIndex], perEvent);
        return badSideAbove
                   ? tr("Slipping back: since »%1« was adopted in %2, %3 lies above the upper control "
                        "limit.")
                         .arg(changeTitle, adopted, when)
                   : tr("Slipping back: since »%1« was adopted in %2, %3 lies below the lower control "
                        "limit.")
                         .arg(changeTitle, adopted, when);
    }
    if (reachesLatest) {
        if (perEvent)
            return badSideAbove
                       ? tr("Slipping back: since »%1« was adopted in %2, the latest %n measurement(s) "
                            "lie above the new level.",
                            nullptr, runLength)
                             .arg(changeTitle, adopted)
                       : tr("Slipping back: since »%1« was adopted in %2, the latest %n measurement(s) "
                            "lie below the new level.",
                            nullptr, runLength)
                             .arg(changeTitle, adopted);
        return badSideAbove
                   ? tr("Slipping back: since »%1« was adopted in %2, the latest %n month(s) lie above "
                        "the new level.",
                        nullptr, runLength)
                         .arg(changeTitle, adopted)
                   : tr("Slipping back: since »%1« was adopted in %2, the latest %n month(s) lie below "
                        "the new level.",
                        nullptr, runLength)
                         .arg(changeTitle, adopted);
    }
    const QString from = pointName(dates[firstIndex], perEvent);
    const QString to = pointName(dates[lastIndex], perEvent);
    if (!perEvent)
        return badSideAbove
                   ? tr("Slipping back: since »%1« was adopted in %2, %n month(s) in a row from %3 to %4 "
                        "lay above the new level.",
                        nullptr, runLength)
                         .arg(changeTitle, adopted, from, to)
                   : tr("Slipping back: since »%1« was adopted in %2, %n month(s) in a row from %3 to %4 "
                        "lay below the new level.",
                        nullptr, runLength)
                         .arg(changeTitle, adopted, from, to);
    return badSideAbove
               ? tr("Slipping back: since »%1« was adopted in %2, %n measurement(s) in a row from %3 to "
                    "%4 lay above the new level.",
                    nullptr, runLength)
                     .arg(changeTitle, adopted, from, to)
               : tr("Slipping back: since »%1« was adopted in %2, %n measurement(s) in a row from %3 to "
                    "%4 lay below the new level.",
                    nullptr, runLength)
                     .arg(changeTitle, adopted, from, to);
}

} // namespace medsafe::services
