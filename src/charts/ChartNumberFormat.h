#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::charts {

// Danish numbers and dates for charts: a decimal comma, as many decimals as the size of the
// number warrants, month labels like "jan. 2024" and periods like "jan. 2023 – dec. 2024".
class ChartNumberFormat {
public:
    static QString number(double value);
    // The number followed by the unit ("82,4 %", "12 dage"); a bare number without a unit.
    static QString withUnit(double value, const QString& unit);
    static QString month(const QDate& date);
    static QString day(const QDate& date);
    // First to last valid date, monthly or daily; empty when there is no valid date.
    static QString period(const QList<QDate>& dates, bool monthly);
};

} // namespace medsafe::charts
