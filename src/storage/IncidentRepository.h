#pragma once

#include "domain/Incident.h"
#include "domain/IncidentFilter.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace medsafe::storage {

class Database;

// Incidents in one calendar month.
struct MonthCount {
    QDate month; // first day of the month
    int count = 0;

    friend bool operator==(const MonthCount&, const MonthCount&) = default;
};

// Reads and writes incidents (utilsigtede hændelser), and answers the two questions derived
// measures ask: how many per month, and on which dates (for days-between charts). Both are
// single indexed queries over (botilbud_id, occurred_date).
class IncidentRepository {
public:
    explicit IncidentRepository(Database& db);

    Result<domain::IncidentId> add(const domain::Incident& incident);
    // All or nothing: one transaction, one prepared statement reused (100,000 rows in seconds).
    Result<QList<domain::IncidentId>> addMany(const QList<domain::Incident>& incidents);
    Status update(const domain::Incident& incident);
    Status remove(domain::IncidentId id);
    Result<domain::Incident> get(domain::IncidentId id) const;
    // Newest first. Null dates leave that end open.
    Result<QList<domain::Incident>> forBotilbud(domain::BotilbudId botilbud, const QDate& from = {},
                                                const QDate& to = {}) const;
    Result<qint64> count(domain::BotilbudId botilbud) const;

    // One entry per month from fromMonth to toMonth inclusive, zero months included.
    Result<QList<MonthCount>> monthCounts(domain::BotilbudId botilbud, const domain::IncidentFilter& filter,
                                          const QDate& fromMonth, const QDate& toMonth) const;
    // Occurrence dates of matching incidents, ascending (duplicates kept: two errors on one day
    // are two events). Null dates leave that end open.
    Result<QList<QDate>> eventDates(domain::BotilbudId botilbud, const domain::IncidentFilter& filter,
                                    const QDate& from = {}, const QDate& to = {}) const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
