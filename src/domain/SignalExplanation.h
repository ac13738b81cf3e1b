#pragma once

#include "analysis/BernoulliCusum.h"
#include "analysis/ChartResult.h"
#include "analysis/ParetoChart.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace medsafe::domain {

// Turns an analysis result into plain-language sentences for staff and the monthly report:
// which signals fired in each part and the numbers behind them, or that only random variation
// is seen. Stateless; safe from any thread (translations are looked up through tr()).
class SignalExplanation {
    Q_DECLARE_TR_FUNCTIONS(SignalExplanation)

public:
    // Below this many useful points the runs rules are too weak to call "no signal".
    static constexpr int kMinUsefulPoints = 10;

    // An opening sentence naming the chart and rule set, then the sentences of every part
    // (prefixed "Part N:" when the chart has more than one part).
    // `xLabels` (one per point, optional) name the points in sentences; otherwise "point 7".
    static QStringList explain(const analysis::ChartResult& result, const QStringList& xLabels = {});

    // The sentences of one part only, without a part prefix.
    static QStringList explainPart(const analysis::ChartResult& result, std::size_t part,
                                   const QStringList& xLabels = {});

    // The Bernoulli CUSUM: the expected risk and the change watched for, the events seen, and
    // where the upper (risk risen) or lower (risk fallen) CUSUM reached its limit, or that it
    // did not. `caseLabels` (one per case, optional) name the cases; otherwise "case 7".
    static QStringList explainCusum(const analysis::BernoulliCusumResult& result, const QStringList& caseLabels = {});

    // The Pareto chart: how many of the largest categories make up 80 % of the observations.
    static QStringList explainPareto(const analysis::ParetoResult& result);
};

} // namespace medsafe::domain
