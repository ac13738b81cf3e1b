#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::charts {

// The one place for numbers, months and days as people read them, on screen, in the CLI and in
// the reports: a decimal comma, as many decimals as the size of the number warrants, month
// labels like "jan. 2024" and periods like "jan. 2023 – dec. 2024".
class ChartNumberFormat {
public:
    static QString number(double value);
    // The number followed by the unit ("82,4 %", "12 dage"); a bare number without a unit.
    static QString withUnit(double value, const QString& unit);
    // "jan. 2024"
    static QString month(const QDate& date);
    // "januar 2024" in the language the program speaks (report headings, file names).
    static QString monthName(const QDate& date);
    // "3. jan. 2024"; nothing for an invalid date.
    static QString day(const QDate& date);
    // First to last valid date, monthly or daily; empty when there is no valid date.
    static QString period(const QList<QDate>& dates, bool monthly);
};

} // namespace medsafe::charts
