#pragma once

#include "domain/Result.h"
#include "domain/spread/SpreadPlanEntry.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the spread plan (table spread_plan): per change and target botilbud, the
// month agreed with PS!. Checks are the services' (SpreadPlanService). A stale update is a
// conflict (row_version). Lives on the thread of its Database.
class SpreadPlanRepository {
public:
    explicit SpreadPlanRepository(Database& db);

    Result<domain::SpreadPlanId> add(const domain::SpreadPlanEntry& entry);
    Status update(const domain::SpreadPlanEntry& entry);
    Status remove(domain::SpreadPlanId id);
    // Every entry, by planned month, then botilbud.
    Result<QList<domain::SpreadPlanEntry>> all() const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
