#pragma once

#include "charts/ChartSpec.h"
#include "charts/SignalVerdict.h"

#include <QCoreApplication>
#include <QStringList>

namespace medsafe::charts {

// The plain-language reading of a chart: which signal decided the verdict and why it counts
// as better or worse for this measure, then the engine's own sentences
// (domain::SignalExplanation) with the numbers behind every signal, points named by month.
class SignalReading {
    Q_DECLARE_TR_FUNCTIONS(SignalReading)

public:
    // Which signal decided the verdict and which way is better; empty without a signal.
    static QStringList verdictSentences(const ChartSpec& spec, const SignalVerdict& verdict);
    // The engine's sentences for every part, points named by their dates.
    static QStringList engineSentences(const ChartSpec& spec);
    // One label per point as the sentences name them ("jan. 2024").
    static QStringList pointLabels(const ChartSpec& spec);
};

} // namespace medsafe::charts
