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

// What the incident table says without typing anything twice: days since the last medication
// error, counts per month, days between errors, Pareto counts by stage and error type. Pure
// functions over incidents already read (the list, the calendar and the analysis share one
// snapshot); the days-between rule is the one MeasureSeriesService uses for derived T-chart
// measures, and the tests hold both to the same hand-computed values. Stateless; any thread.
class IncidentStatistics {
public:
    static std::optional<QDate> lastErrorDate(const QList<domain::Incident>& incidents,
                                              const domain::IncidentFilter& filter = {});
    // Days from the last matching error to `today` (0 when it happened today); nothing when
    // there has been none.
    static std::optional<int> daysSinceLastError(const QList<domain::Incident>& incidents, const QDate& today,
                                                 const domain::IncidentFilter& filter = {});
    // One entry per month from fromMonth to toMonth inclusive, zero months included.
    static QList<storage::MonthCount> monthlyCounts(const QList<domain::Incident>& incidents,
                                                    const domain::IncidentFilter& filter, const QDate& fromMonth,
                                                    const QDate& toMonth);
    // Occurrence dates of matching incidents, ascending.
    static QList<QDate> eventDates(const QList<domain::Incident>& incidents, const domain::IncidentFilter& filter = {});
    static QList<DaysBetweenPoint> daysBetween(const QList<domain::Incident>& incidents,
                                               const domain::IncidentFilter& filter = {});
    // Bars with a count above zero, largest first (ties in taxonomy order).
    static QList<ParetoBar> paretoByStage(const QList<domain::Incident>& incidents);
    static QList<ParetoBar> paretoByErrorType(const QList<domain::Incident>& incidents);
};

} // namespace medsafe::services
