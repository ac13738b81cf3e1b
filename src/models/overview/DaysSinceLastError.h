#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace medsafe::models {

// The everyday board of the safety calendar: days since the last medication error and the
// longest stretch without one, from the dates of the errors. Pure arithmetic; any thread.
struct DaysSinceLastError {
    std::optional<int> days; // nothing when no error is registered
    QDate lastError;
    int record = 0; // the longest gap between two errors, or up to today

    // `errorDates` ascending (as IncidentRepository::eventDates gives them); dates after
    // `today` are ignored.
    static DaysSinceLastError compute(const QList<QDate>& errorDates, const QDate& today);
};

} // namespace medsafe::models
