#pragma once

#include "analysis/ChartResult.h"
#include "domain/Measure.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace medsafe::charts {

// The leader's question — is the change an improvement? — answered from the last part of a
// chart and the measure's direction, with colour *and* symbol (docs/ui.md) so colour-blind
// readers see the same. Used by the chart panel now and the dashboard badges later.
class SignalVerdict {
    Q_DECLARE_TR_FUNCTIONS(SignalVerdict)

public:
    enum class Kind { NoSignal, Improvement, Worsening };
    // What carried the verdict, so the reason can be put in words.
    enum class Evidence { None, LongRun, Crossings, Shift, Trend, SigmaPoint };

    Kind kind = Kind::NoSignal;
    Evidence evidence = Evidence::None;
    int evidencePoint = -1; // the latest point of the signal that decided, or -1
    int evidenceLength = 0; // points in the run or trend that decided
    bool above = false;     // the deciding signal lies above the centre line (or rises)

    // Judges the last part: the latest signal wins when a run and a point outside the limits
    // point different ways, because the leader asks where the process is now.
    static SignalVerdict judge(const analysis::ChartResult& result, domain::Direction direction);

    QColor color() const;
    QString symbol() const; // ▲ ▼ ●
    QString label() const;  // Forbedring / Forværring / Intet signal
    QString reason() const; // one sentence: which signal, which side
    // "▲ Forbedring", for badges and plain-text reports.
    QString badgeText() const;
    static QColor color(Kind kind);
    static QString symbol(Kind kind);
    static QString label(Kind kind);
};

} // namespace medsafe::charts
