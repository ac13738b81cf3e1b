#include "charts/SignalReading.h"

#include "charts/ChartNumberFormat.h"
#include "domain/SignalExplanation.h"

namespace medsafe::charts {

QStringList SignalReading::pointLabels(const ChartSpec& spec) {
    QStringList labels;
    for (const QDate& date : spec.dates) {
        if (!date.isValid())
            labels << tr("point %1").arg(labels.size() + 1);
        else
            labels << (spec.timeAxis == TimeAxisKind::Monthly ? ChartNumberFormat::month(date)
                                                              : ChartNumberFormat::day(date));
    }
    return labels;
}

QStringList SignalReading::verdictSentences(const ChartSpec& spec, const SignalVerdict& verdict) {
    if (verdict.kind == SignalVerdict::Kind::NoSignal) return {};
    const bool higher = spec.direction == domain::Direction::HigherIsBetter;
    return {verdict.reason(), higher ? tr("For this measure higher values are better.")
                                     : tr("For this measure lower values are better.")};
}

QStringList SignalReading::engineSentences(const ChartSpec& spec) {
    return domain::SignalExplanation::explain(spec.result, pointLabels(spec));
}

} // namespace medsafe::charts
