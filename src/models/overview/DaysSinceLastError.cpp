#include "models/overview/DaysSinceLastError.h"

#include <algorithm>

namespace medsafe::models {

DaysSinceLastError DaysSinceLastError::compute(const QList<QDate>& errorDates, const QDate& today) {
    DaysSinceLastError result;
    QDate previous;
    for (const QDate& date : errorDates) {
        if (!date.isValid() || date > today) continue;
        if (previous.isValid()) result.record = std::max(result.record, static_cast<int>(previous.daysTo(date)));
        if (!previous.isValid() || date > previous) previous = date;
    }
    if (previous.isValid()) {
        result.lastError = previous;
        result.days = static_cast<int>(previous.daysTo(today));
        result.record = std::max(result.record, *result.days);
    }
    return result;
}

} // namespace medsafe::models
