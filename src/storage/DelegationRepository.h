#pragma once

#include "domain/Result.h"
#include "domain/startup/Delegation.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the delegation register of a botilbud. A stale update (row version) is a
// conflict. Checks are the services' (DelegationService).
class DelegationRepository {
public:
    explicit DelegationRepository(Database& db);

    // By the day they start, newest last.
    Result<QList<domain::Delegation>> delegations(domain::BotilbudId botilbud) const;
    Result<domain::DelegationId> add(const domain::Delegation& delegation);
    Status update(const domain::Delegation& delegation);
    Status remove(domain::DelegationId id);

private:
    Database& m_db;
};

} // namespace medsafe::storage
