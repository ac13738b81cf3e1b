#pragma once

#include "analysis/ChartResult.h"
#include "domain/Measure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::services {

// Whether a measure is slipping back after its change was adopted: among the points after the
// frozen baseline, a signal in the wrong direction (the measure's plotted direction) — a point
// beyond the frozen limit on the bad side, or a run on the bad side of the frozen centre line
// longer than the Anhøj limit for that many points. Signals in the good direction are not
// slipping back. Pure; tested with hand-made series.
struct SlipBack {
    Q_DECLARE_TR_FUNCTIONS(SlipBack)

public:
    enum class Kind { None, BeyondLimit, Shift };

    Kind kind = Kind::None;
    bool badSideAbove = false; // the bad side is above the centre line (lower is better)
    int firstIndex = -1;       // the run's first point, or the point beyond the limit
    int lastIndex = -1;        // the run's last point (= firstIndex for a limit)
    int runLength = 0;
    bool reachesLatest = false; // the run goes on to the latest usable point

    bool slipped() const { return kind != Kind::None; }

    // `baselinePoints` = index of the first point after the frozen baseline.
    static SlipBack detect(const analysis::ChartResult& result, int baselinePoints,
                           domain::Direction plotted);

    // The plain-Danish sentence for the dashboard and the sustain view, e.g. "Glider tilbage:
    // efter at »Dobbeltkontrol ved dispensering« blev implementeret i marts 2026, ligger de
    // seneste 8 måneder under det nye niveau." Empty when nothing slipped.
    QString sentence(const QString& changeTitle, const QDate& adoptedOn, const QList<QDate>& dates,
                     bool perEvent) const;
};

} // namespace medsafe::services
