#include "charts/ChartNumberFormat.h"

#include <QLocale>
#include <cmath>

namespace medsafe::charts {

namespace {
QLocale danish() {
    return QLocale(QLocale::Danish, QLocale::Denmark);
}
} // namespace

QString ChartNumberFormat::number(double value) {
    const double magnitude = std::fabs(value);
    // Whole numbers stay whole; otherwise about three significant digits.
    int decimals = 2;
    if (std::fabs(value - std::round(value)) < 1e-9 || magnitude >= 100)
        decimals = 0;
    else if (magnitude >= 1)
        decimals = 1;
    QString text = danish().toString(value, 'f', decimals);
    // "-0" reads as a mistake.
    if (text == QStringLiteral("-0")) text = QStringLiteral("0");
    return text;
}

QString ChartNumberFormat::withUnit(double value, const QString& unit) {
    if (unit.isEmpty()) return number(value);
    return number(value) + QChar(0x00a0) + unit;
}

QString ChartNumberFormat::month(const QDate& date) {
    return danish().toString(date, QStringLiteral("MMM yyyy"));
}

QString ChartNumberFormat::monthName(const QDate& date) {
    // i18n::install sets the default locale with the language, so the month name follows it.
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

QString ChartNumberFormat::day(const QDate& date) {
    return date.isValid() ? danish().toString(date, QStringLiteral("d. MMM yyyy")) : QString();
}

QString ChartNumberFormat::period(const QList<QDate>& dates, bool monthly) {
    QDate first;
    QDate last;
    for (const QDate& date : dates) {
        if (!date.isValid()) continue;
        if (!first.isValid() || date < first) first = date;
        if (!last.isValid() || date > last) last = date;
    }
    if (!first.isValid()) return {};
    const auto format = [monthly](const QDate& d) { return monthly ? month(d) : day(d); };
    if (first == last) return format(first);
    return format(first) + QStringLiteral(" – ") + format(last);
}

} // namespace medsafe::charts
