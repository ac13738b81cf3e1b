#pragma once

#include "domain/Incident.h"
#include "domain/IncidentFilter.h"
#include "storage/IncidentRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// One interval of a days-between series (T chart): the event that closes it and the days since
// the previous matching event. Two errors on one day give an interval of 0.
struct DaysBetweenPoint {
    QDate date;
    int days = 0;
    friend bool operator==(const DaysBetweenPoint&, const DaysBetweenPoint&) = default;
};

// One bar of a Pareto chart: a category (storage code and translated label), its count and the
// cumulative share of all incidents up to and including this bar.
struct ParetoBar {
    QString code;
    QString label;
    int count = 0;
    double cumulativePercent = 0.0;
};

// One category of the taxonomy and how many incidents fall in it.
struct CategoryCount {
    QString code; // storage code of the taxonomy value
    int count = 0;
    friend bool operator==(const CategoryCount&, const CategoryCount&) = default;
};

// The safety board: days since the last medication error, its date, and the longest stretch
// without one (between two errors, or from the last one up to the day).
struct ErrorFreeDays {
    std::optional<int> days; // nothing when no error is registered up to the day
    QDate lastError;         // null when days is empty
    int record = 0;
};

// What the incident table says without typing anything twice: days since the last medication
// error, counts per month and per category, days between errors (Pareto bars by any field:
// IncidentPareto). The one home of these rules: the app's views, the dashboard and the monthly
// report all ask here. Pure functions over incidents (or their dates) already read; the
// days-between rule is the one MeasureSeriesService uses for derived T-chart measures, and the
// tests hold both to the same hand-computed values. Stateless; any thread.
//
// "Days since" is counted on a day, and errors after that day do not exist yet on it: a report
// for March read in May counts from the last error up to 31 March.
class IncidentStatistics {
public:
    // The last matching error on or before `upTo` (null: any date).
    static std::optional<QDate> lastErrorDate(const QList<domain::Incident>& incidents,
                                              const domain::IncidentFilter& filter = {}, const QDate& upTo = {});
    // Days from `lastError` to `today` (0 on the same day); nothing without an error. The
    // caller passes the last error up to `today`, as the functions below do.
    static std::optional<int> daysSince(const std::optional<QDate>& lastError, const QDate& today);
    // Days from the last matching error on or before `today` to `today` (0 when it happened
    // today); nothing when there has been none by then.
    static std::optional<int> daysSinceLastError(const QList<domain::Incident>& incidents, const QDate& today,
                                                 const domain::IncidentFilter& filter = {});
    // The same from the errors' dates (any order, as IncidentRepository::eventDates gives them),
    // with the last error's date and the longest stretch without one.
    static ErrorFreeDays errorFreeDays(const QList<QDate>& errorDates, const QDate& today);

    // One entry per month from fromMonth to toMonth inclusive, zero months included.
    static QList<storage::MonthCount> monthlyCounts(const QList<domain::Incident>& incidents,
                                                    const domain::IncidentFilter& filter, const QDate& fromMonth,
                                                    const QDate& toMonth);
    // The same from event dates; dates outside the months are left out.
    static QList<storage::MonthCount> monthlyCounts(const QList<QDate>& dates, const QDate& fromMonth,
                                                    const QDate& toMonth);
    // One entry per taxonomy value, in taxonomy order, zeros included.
    static QList<CategoryCount> countByStage(const QList<domain::Incident>& incidents);
    static QList<CategoryCount> countByErrorType(const QList<domain::Incident>& incidents);
    static QList<CategoryCount> countByConsequence(const QList<domain::Incident>& incidents);
    // Occurrence dates of matching incidents, ascending.
    static QList<QDate> eventDates(const QList<domain::Incident>& incidents, const domain::IncidentFilter& filter = {});
    static QList<DaysBetweenPoint> daysBetween(const QList<domain::Incident>& incidents,
                                               const domain::IncidentFilter& filter = {});
};

} // namespace medsafe::services
