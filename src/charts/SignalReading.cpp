#include "charts/SignalReading.h"

#include "charts/ChartNumberFormat.h"
#include "domain/SignalExplanation.h"

namespace medsafe::charts {

QStringList SignalReading::pointLabels(const ChartSpec& spec)
{
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

QStringList SignalReading::sentences(const ChartSpec& spec, const SignalVerdict& verdict)
{
    QStringList out;
    if (verdict.kind != SignalVerdict::Kind::NoSignal) {
        const bool higher = spec.direction == domain::Direction::HigherIsBetter;
        out << verdict.reason();
        out << (higher ? tr("For this measure higher values are better.")
                       : tr("For this measure lower values are better."));
    }
    out << domain::SignalExplanation::explain(spec.result, pointLabels(spec));
    return out;
}

} // namespace medsafe::charts
