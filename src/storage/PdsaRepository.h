#pragma once

#include "domain/PdsaCycle.h"
#include "domain/Result.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes PDSA cycles and the measures each cycle is linked to.
class PdsaRepository {
public:
    explicit PdsaRepository(Database& db);

    Result<domain::PdsaCycleId> add(const domain::PdsaCycle& cycle);
    Result<QList<domain::PdsaCycleId>> addMany(const QList<domain::PdsaCycle>& cycles);
    Status update(const domain::PdsaCycle& cycle);
    Status remove(domain::PdsaCycleId id);
    Result<domain::PdsaCycle> get(domain::PdsaCycleId id) const;
    // Ordered by cycle number.
    Result<QList<domain::PdsaCycle>> forBotilbud(domain::BotilbudId botilbud) const;
    // The number a new cycle of this botilbud should get (highest + 1).
    Result<int> nextNumber(domain::BotilbudId botilbud) const;

private:
    Status writeMeasures(domain::PdsaCycleId id, const QList<domain::MeasureId>& measures);
    Result<QList<domain::PdsaCycle>> select(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace medsafe::storage
