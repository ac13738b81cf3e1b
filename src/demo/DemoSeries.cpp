#include "demo/DemoSeries.h"

#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;

DemoSeries DemoSeries::forMeasure(const DemoBotilbud& home, const Measure& measure)
{
    DemoSeries series;
    const QDate freezeEnd = measure.chartSettings.freezeEnd;
    const QDate baselineEnd = freezeEnd.isValid() ? freezeEnd.addMonths(1).addDays(-1) : QDate();
    const QDate start = home.programme.startDate;
    const QDate end = home.programme.endDate();

    if (!measure.derivedFromIncidents) {
        QList<Measurement> values;
        for (const Measurement& m : home.measurements) {
            if (m.measureId == measure.id)
                values << m;
        }
        std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.period < b.period; });
        for (const Measurement& m : values) {
            const bool ratio = m.denominator && *m.denominator > 0;
            series.values.push_back(ratio ? m.numerator / *m.denominator : m.numerator);
            if (baselineEnd.isValid() && m.period <= baselineEnd)
                ++series.baselinePoints;
        }
        return series;
    }

    QList<QDate> dates;
    for (const Incident& incident : home.incidents) {
        if (measure.incidentFilter.matches(incident))
            dates << incident.occurredDate;
    }
    std::sort(dates.begin(), dates.end());

    if (measure.kind == MeasureKind::DaysBetween) {
        for (qsizetype i = 1; i < dates.size(); ++i) {
            series.values.push_back(static_cast<double>(dates[i - 1].daysTo(dates[i])));
            if (baselineEnd.isValid() && dates[i] <= baselineEnd)
                ++series.baselinePoints;
        }
        return series;
    }

    for (QDate month = start; month <= end; month = month.addMonths(1)) {
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        const auto count = std::count_if(dates.cbegin(), dates.cend(),
                                         [&](const QDate& d) { return d >= month && d <= monthEnd; });
        double value = static_cast<double>(count);
        if (measure.kind == MeasureKind::Rate) {
            const double residentDays = static_cast<double>(home.botilbud.residentCount) * month.daysInMonth();
            value = residentDays > 0 ? value / residentDays * measure.rateMultiplier : 0.0;
        }
        series.values.push_back(value);
        if (baselineEnd.isValid() && month <= baselineEnd)
            ++series.baselinePoints;
    }
    return series;
}

} // namespace medsafe::demo
