#pragma once

#include "domain/Ids.h"
#include "domain/Measure.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// One point of a measure's series: a month (first day) or, for days between events, the date
// of the event that closes the interval.
struct MeasurePoint {
    QDate date;
    std::optional<double> numerator;   // y: the count, the value, or the days between
    std::optional<double> denominator; // n: proportions and rates only
    bool baseline = false;             // a baseline measurement (typed) or inside the freeze (derived)
    bool excluded = false;             // an exclusion of the measure's chart settings matches
    QString exclusionReason;

    friend bool operator==(const MeasurePoint&, const MeasurePoint&) = default;
};

// The values a measure's chart is computed from, in date order. Plain values, cheap to copy.
struct MeasureSeries {
    domain::MeasureId measureId;
    domain::MeasureKind kind = domain::MeasureKind::Count;
    bool perEvent = false; // days between events: one point per event, dated by the event
    double multiply = 1.0; // 100 for proportions (percent), the rate multiplier for rates
    QList<MeasurePoint> points;

    QList<QDate> dates() const {
        QList<QDate> out;
        out.reserve(points.size());
        for (const MeasurePoint& p : points)
            out << p.date;
        return out;
    }
    bool hasDenominator() const { return domain::kindNeedsDenominator(kind); }

    friend bool operator==(const MeasureSeries&, const MeasureSeries&) = default;
};

} // namespace medsafe::services
