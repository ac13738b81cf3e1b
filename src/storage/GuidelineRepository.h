#pragma once

#include "domain/Result.h"
#include "domain/startup/Guideline.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the local guidelines of a botilbud and their reviews. A stale update (row
// version) is a conflict. Checks are the services' (GuidelineService).
class GuidelineRepository {
public:
    explicit GuidelineRepository(Database& db);

    // By title.
    Result<QList<domain::Guideline>> guidelines(domain::BotilbudId botilbud) const;
    Result<domain::GuidelineId> add(const domain::Guideline& guideline);
    Status update(const domain::Guideline& guideline);
    Status remove(domain::GuidelineId id);

private:
    Database& m_db;
};

} // namespace medsafe::storage
