#pragma once

#include "domain/Ids.h"
#include "domain/MeasurementSheet.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The monthly measurement sheet of a botilbud (the Målinger grid): reads the active measures,
// their values, the months from the programme's start to this month, the values derived
// measures compute from incidents and the PDSA cycles for the chart's markers; writes the grid's changes back, all in one transaction.
// Borrows the database; its thread.
class MeasurementGridService {
public:
    explicit MeasurementGridService(storage::Database& db) : m_db(db) {}

    Result<domain::MeasurementSheet> load(domain::BotilbudId botilbud, const QDate& today) const;
    // All or nothing: on any refusal nothing is written and the error says why.
    Status save(const domain::MeasurementChanges& changes) const;

    // The months of the grid: from the programme's start month (or the first value, or a year
    // back) to the month of `today`, ascending; after the programme's end to its last month (or
    // the last value typed later).
    static QList<QDate> monthsFor(const QDate& programmeStart, const QDate& firstValue, const QDate& today,
                                  const QDate& programmeEnd = {}, const QDate& lastValue = {});

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
