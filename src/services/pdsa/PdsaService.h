#pragma once

#include "domain/PdsaCycle.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// PDSA cycles: the list the tree and the overview read, the number the next cycle gets, and
// saving a cycle (new or changed, with the measures it is linked to) after the domain's rules
// (a prediction before Do, a decision to complete, ...). Borrows the database; its thread.
class PdsaService {
public:
    explicit PdsaService(storage::Database& db) : m_db(db) {}

    // Ordered by cycle number.
    Result<QList<domain::PdsaCycle>> cycles(domain::BotilbudId botilbud) const;
    // The number a new cycle of this botilbud should get (highest + 1).
    Result<int> nextNumber(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::PdsaCycle& cycle);
    // Adds a cycle without an id or replaces the stored one; returns it as stored (its id and
    // row version, to save it again). A cycle someone else saved since it was read is not
    // written: the error has `conflict` set, and current() gives their version.
    Result<domain::PdsaCycle> save(const domain::PdsaCycle& cycle) const;
    // The cycle as stored now (after a conflict: the other person's version).
    Result<domain::PdsaCycle> current(domain::PdsaCycleId id) const;
    Status remove(domain::PdsaCycleId id) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
