#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "models/measurements/MeasurementChanges.h"
#include "models/measurements/MeasurementGridSnapshot.h"

#include <QCoreApplication>

namespace medsafe::storage {
class Database;
}

namespace medsafe::app {

// Reads what the Målinger grid shows for one botilbud (active measures, their values, the
// months from the programme's start to this month, and the values derived measures compute
// from incidents) and writes the grid's changes back, all of them in one transaction.
// Borrows the database; GUI thread (the thread that opened it).
class MeasurementGridLoader {
    Q_DECLARE_TR_FUNCTIONS(MeasurementGridLoader)
public:
    explicit MeasurementGridLoader(storage::Database& db);

    Result<models::MeasurementGridSnapshot> load(domain::BotilbudId botilbud, const QDate& today) const;
    // All or nothing: on any refusal nothing is written and the error says why.
    Status save(const models::MeasurementChanges& changes) const;

    // The months of the grid: from the programme's start month (or the first value, or a year
    // back) to the month of `today`, ascending.
    static QList<QDate> monthsFor(const QDate& programmeStart, const QDate& firstValue, const QDate& today);

private:
    storage::Database& m_db;
};

} // namespace medsafe::app
