#include "charts/ChartMarkers.h"

#include <algorithm>

namespace medsafe::charts {

void ChartMarkers::add(ChartSpec& spec, const QList<ChartAnnotation>& extra) {
    if (spec.dates.isEmpty()) return;
    const QDate first = spec.dates.constFirst();
    // A monthly point stands for its whole month.
    const QDate last = spec.timeAxis == TimeAxisKind::Monthly
                           ? spec.dates.constLast().addMonths(1).addDays(-1)
                           : spec.dates.constLast();
    for (const ChartAnnotation& marker : extra) {
        if (marker.date >= first && marker.date <= last) spec.annotations << marker;
    }
    std::stable_sort(spec.annotations.begin(), spec.annotations.end(),
                     [](const ChartAnnotation& a, const ChartAnnotation& b) { return a.date < b.date; });
    for (qsizetype i = 0; i < spec.annotations.size(); ++i)
        spec.annotations[i].number = int(i + 1);
}

} // namespace medsafe::charts
