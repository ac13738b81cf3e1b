#include "services/report/MeasureMedians.h"

#include <algorithm>

namespace medsafe::services {

namespace {
// Point indexes whose value counts, in [first, last].
QList<int> usable(const MeasureChart& chart, int first, int last) {
    QList<int> out;
    if (!chart.result) return out;
    const auto& points = chart.result->points;
    for (int i = std::max(first, 0); i <= last && i < static_cast<int>(points.size()); ++i) {
        if (points[static_cast<size_t>(i)].y && points[static_cast<size_t>(i)].include) out << i;
    }
    return out;
}

void fill(const MeasureChart& chart, const QList<int>& indexes, std::optional<double>& value, QDate& from, QDate& to) {
    if (indexes.isEmpty()) return;
    QList<double> values;
    for (int i : indexes)
        values << *chart.result->points[static_cast<size_t>(i)].y;
    value = MeasureMedians::median(values);
    from = chart.request.dates.value(indexes.first());
    to = chart.request.dates.value(indexes.last());
}
} // namespace

std::optional<double> MeasureMedians::median(QList<double> values) {
    if (values.isEmpty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

MeasureMedians MeasureMedians::of(const MeasureChart& chart) {
    MeasureMedians out;
    if (!chart.result || chart.result->points.empty()) return out;
    const int count = static_cast<int>(chart.result->points.size());
    const auto& parts = chart.result->parts;

    QList<int> baseline;
    for (int i : usable(chart, 0, count - 1)) {
        if (i < chart.series.points.size() && chart.series.points[i].baseline) baseline << i;
    }
    if (baseline.isEmpty()) {
        baseline = parts.size() > 1 ? usable(chart, parts.front().first, parts.front().last)
                                    : usable(chart, 0, kWindow - 1);
    }
    const int afterBaseline = baseline.isEmpty() ? 0 : baseline.last() + 1;
    QList<int> latest;
    if (parts.size() > 1 && parts.back().first >= afterBaseline) {
        latest = usable(chart, parts.back().first, parts.back().last);
    } else {
        const QList<int> after = usable(chart, afterBaseline, count - 1);
        latest = after.mid(std::max<qsizetype>(0, after.size() - kWindow));
    }
    fill(chart, baseline, out.baseline, out.baselineFrom, out.baselineTo);
    fill(chart, latest, out.latest, out.latestFrom, out.latestTo);
    return out;
}

} // namespace medsafe::services
