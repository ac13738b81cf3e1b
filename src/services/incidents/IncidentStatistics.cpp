#include "services/incidents/IncidentStatistics.h"

#include "domain/Taxonomy.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

bool upToDay(const QDate& date, const QDate& upTo) {
    return date.isValid() && (!upTo.isValid() || date <= upTo);
}

} // namespace

std::optional<QDate> IncidentStatistics::lastErrorDate(const QList<Incident>& incidents,
                                                       const IncidentFilter& filter, const QDate& upTo) {
    std::optional<QDate> last;
    for (const Incident& i : incidents) {
        if (filter.matches(i) && upToDay(i.occurredDate, upTo) && (!last || i.occurredDate > *last))
            last = i.occurredDate;
    }
    return last;
}

std::optional<int> IncidentStatistics::daysSince(const std::optional<QDate>& lastError, const QDate& today) {
    if (!lastError || !lastError->isValid()) return std::nullopt;
    return int(std::max<qint64>(0, lastError->daysTo(today)));
}

std::optional<int> IncidentStatistics::daysSinceLastError(const QList<Incident>& incidents, const QDate& today,
                                                          const IncidentFilter& filter) {
    return daysSince(lastErrorDate(incidents, filter, today), today);
}

ErrorFreeDays IncidentStatistics::errorFreeDays(const QList<QDate>& errorDates, const QDate& today) {
    QList<QDate> dates;
    for (const QDate& date : errorDates)
        if (upToDay(date, today)) dates.append(date);
    std::sort(dates.begin(), dates.end());
    ErrorFreeDays result;
    if (dates.isEmpty()) return result;
    for (qsizetype k = 1; k < dates.size(); ++k)
        result.record = std::max(result.record, int(dates[k - 1].daysTo(dates[k])));
    result.lastError = dates.last();
    result.days = daysSince(result.lastError, today);
    result.record = std::max(result.record, *result.days);
    return result;
}

QList<storage::MonthCount> IncidentStatistics::monthlyCounts(const QList<Incident>& incidents,
                                                             const IncidentFilter& filter, const QDate& fromMonth,
                                                             const QDate& toMonth) {
    return monthlyCounts(eventDates(incidents, filter), fromMonth, toMonth);
}

QList<storage::MonthCount> IncidentStatistics::monthlyCounts(const QList<QDate>& dates, const QDate& fromMonth,
                                                             const QDate& toMonth) {
    QList<storage::MonthCount> result;
    if (!fromMonth.isValid() || !toMonth.isValid()) return result;
    const QDate first(fromMonth.year(), fromMonth.month(), 1);
    const QDate last(toMonth.year(), toMonth.month(), 1);
    QHash<int, int> counts; // year * 12 + month - 1
    for (const QDate& date : dates) {
        if (date.isValid()) ++counts[date.year() * 12 + date.month() - 1];
    }
    for (QDate month = first; month <= last; month = month.addMonths(1))
        result.append({month, counts.value(month.year() * 12 + month.month() - 1, 0)});
    return result;
}

QList<QDate> IncidentStatistics::eventDates(const QList<Incident>& incidents, const IncidentFilter& filter) {
    QList<QDate> dates;
    for (const Incident& i : incidents) {
        if (filter.matches(i) && i.occurredDate.isValid()) dates.append(i.occurredDate);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

QList<DaysBetweenPoint> IncidentStatistics::daysBetween(const QList<Incident>& incidents,
                                                        const IncidentFilter& filter) {
    const QList<QDate> dates = eventDates(incidents, filter);
    QList<DaysBetweenPoint> points;
    for (qsizetype k = 1; k < dates.size(); ++k)
        points.append({dates[k], int(dates[k - 1].daysTo(dates[k]))});
    return points;
}

namespace {

// Counts per value of E, in taxonomy order (allValues<E>()).
template <typename E, typename Key> QList<int> countsBy(const QList<Incident>& incidents, Key key) {
    const QList<E> order = allValues<E>();
    QList<int> counts(order.size(), 0);
    for (const Incident& i : incidents) {
        const qsizetype index = order.indexOf(key(i));
        if (index >= 0) ++counts[index];
    }
    return counts;
}

template <typename E, typename Key> QList<CategoryCount> categoryCounts(const QList<Incident>& incidents, Key key) {
    const QList<E> order = allValues<E>();
    const QList<int> counts = countsBy<E>(incidents, key);
    QList<CategoryCount> result;
    result.reserve(order.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        result.append({toCode(order[k]), counts[k]});
    return result;
}

} // namespace

QList<CategoryCount> IncidentStatistics::countByStage(const QList<Incident>& incidents) {
    return categoryCounts<ProcessStage>(incidents, [](const Incident& i) { return i.stage; });
}

QList<CategoryCount> IncidentStatistics::countByErrorType(const QList<Incident>& incidents) {
    return categoryCounts<ErrorType>(incidents, [](const Incident& i) { return i.errorType; });
}

QList<CategoryCount> IncidentStatistics::countByConsequence(const QList<Incident>& incidents) {
    return categoryCounts<OverallCategory>(incidents, [](const Incident& i) { return i.overallCategory(); });
}

} // namespace medsafe::services
