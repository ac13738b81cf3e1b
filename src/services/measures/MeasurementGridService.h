#pragma once

#include "domain/Ids.h"
#include "domain/MeasurementSheet.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The monthly measurement sheet of a botilbud (the Målinger grid): reads the active measures,
// their values, the months from the programme's start to this month, the values derived
// measures compute from incidents and the PDSA cycles for the chart's markers; writes the grid's changes back, all in one transaction.
// Borrows the database; its thread.
// A month whose stored value changed since the sheet was read (another PC saved it): the
// person's value and the one stored now (nothing when it was deleted meanwhile).
struct MeasurementConflict {
    domain::Measurement mine;
    std::optional<domain::Measurement> theirs;
};

class MeasurementGridService {
public:
    explicit MeasurementGridService(storage::Database& db) : m_db(db) {}

    Result<domain::MeasurementSheet> load(domain::BotilbudId botilbud, const QDate& today) const;
    // All or nothing: on any refusal nothing is written and the error says why. A month someone
    // else saved since the sheet was read is refused with `conflict` set (see conflicts()).
    Status save(const domain::MeasurementChanges& changes) const;
    // The changed months whose stored value is no longer the one the sheet was read with.
    Result<QList<MeasurementConflict>> conflicts(const domain::MeasurementChanges& changes) const;
    // `changes` aimed at what is stored now, so saving them keeps the person's values over the
    // conflicting ones ("Behold mine").
    static domain::MeasurementChanges rebased(domain::MeasurementChanges changes,
                                              const QList<MeasurementConflict>& conflicts);

    // The months of the grid: from the programme's start month (or the first value, or a year
    // back) to the month of `today`, ascending; after the programme's end to its last month (or
    // the last value typed later).
    static QList<QDate> monthsFor(const QDate& programmeStart, const QDate& firstValue, const QDate& today,
                                  const QDate& programmeEnd = {}, const QDate& lastValue = {});

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
