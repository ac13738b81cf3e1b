#pragma once

#include <QDate>

namespace medsafe::demo {

// The calendar of a generated programme and the shape of its story: six baseline months, then
// the changes tested in PDSA ramps are adopted step by step and the incident level falls.
// Dates never depend on the clock. Without an "as of" date the programme ends in December 2025
// (24 months from 2024-01-01 by default), so a longer benchmark run starts earlier instead of
// reaching into the future, where validation would refuse the values. With one, the programme
// is placed so that the date falls kMonthsAhead months before its last month, and the story
// is cut at that date (DemoProgressCut).
class DemoTimeline {
public:
    static constexpr int kEndYear = 2025;
    static constexpr int kBaselineMonths = 6;
    // Incident level after full adoption, relative to the baseline level.
    static constexpr double kImprovedLevel = 0.26;
    // Months still to come after the current one in a programme in progress: of 24 months,
    // today falls in the 14th, late in phase 2 with changes adopted and new tests running.
    static constexpr int kMonthsAhead = 10;

    explicit DemoTimeline(int months, const QDate& asOf = {});

    // Null for a finished programme.
    QDate asOf() const { return m_asOf; }
    // Month index of the "as of" date; months() for a finished programme.
    int currentMonthIndex() const { return m_asOf.isValid() ? monthIndexOf(m_asOf) : m_months; }

    int months() const { return m_months; }
    QDate start() const { return m_start; }
    QDate end() const { return m_start.addMonths(m_months).addDays(-1); }
    // First day of month `index` (0-based from the start).
    QDate month(int index) const { return m_start.addMonths(index); }
    QDate monthEnd(int index) const { return month(index + 1).addDays(-1); }
    QDate lastBaselineMonth() const { return month(kBaselineMonths - 1); }
    bool isBaseline(int monthIndex) const { return monthIndex < kBaselineMonths; }
    // Month index of a date inside the programme.
    int monthIndexOf(const QDate& date) const;

    // How far the adopted changes have come in a month: 0 during baseline and the first test
    // month, rising to 1 four months later (the PDSA ramps adopt their changes then).
    double adoption(int monthIndex) const;
    // Expected incident level of a month relative to the baseline (1 = baseline level).
    double incidentLevel(int monthIndex) const { return 1.0 - (1.0 - kImprovedLevel) * adoption(monthIndex); }

    // Months the programme plan puts an event in, scaled into programmes shorter than 24 months.
    int clampMonth(int monthIndex) const { return monthIndex < m_months ? monthIndex : m_months - 1; }

private:
    int m_months;
    QDate m_asOf;
    QDate m_start;
};

} // namespace medsafe::demo
