#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::domain {

// A period left out of the centre line and signal rules, with the reason a reader will see.
struct ExcludedPeriod {
    QDate period;
    QString reason;

    friend bool operator==(const ExcludedPeriod&, const ExcludedPeriod&) = default;
};

// How a measure's chart is computed, stored with the measure so every view and report draws
// the same chart: baseline freeze, split dates starting new parts, excluded periods.
struct ChartSettings {
    QDate freezeEnd;         // last baseline period; null = no freeze
    QList<QDate> splitDates; // each starts a new part (first period of the part), ascending
    QList<ExcludedPeriod> exclusions;

    friend bool operator==(const ChartSettings&, const ChartSettings&) = default;
};

} // namespace medsafe::domain
