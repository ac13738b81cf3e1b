#pragma once

#include "domain/Result.h"
#include "services/spread/SpreadMatrix.h"

#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Computes the spread matrix of a (consultant's) database: every botilbud a column, read from
// its latest received monthly-report package (which carries its change ideas with their
// spread keys and its PDSA cycles) or, for a botilbud of this database, from its own tables;
// the spread plan (SpreadPlanRepository) is laid onto the cells and may add rows of its own.
// And, for one botilbud's own database, the changes it exported and received with their
// status. Read only. Borrows the database; its thread.
class SpreadMatrixService {
public:
    explicit SpreadMatrixService(storage::Database& db) : m_db(db) {}

    Result<SpreadMatrix> matrix() const;
    Result<BotilbudSpread> forBotilbud(domain::BotilbudId botilbud) const;

    // The matrix from values already read: the rule itself, for tests and callers with data.
    static SpreadMatrix build(const QList<BotilbudChanges>& sources,
                              const QList<domain::SpreadPlanEntry>& plans);
    // The row key of an idea: its spread key, or "title:" + its normalised title.
    static QString rowKey(const domain::ChangeIdea& idea);

private:
    Result<QList<BotilbudChanges>> sources() const;

    storage::Database& m_db;
};

} // namespace medsafe::services
