#pragma once

#include "domain/Botilbud.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes botilbud. createWithDefaults() sets up a new botilbud completely: the
// programme with default phases, the start-up checklist, the default measures and the default
// competence topics, all in one transaction.
class BotilbudRepository {
public:
    explicit BotilbudRepository(Database& db);

    Result<domain::BotilbudId> add(const domain::Botilbud& botilbud);
    Result<domain::BotilbudId> createWithDefaults(const domain::Botilbud& botilbud,
                                                  const QDate& programmeStart);
    Status update(const domain::Botilbud& botilbud);
    // Removes the botilbud and everything that belongs to it.
    Status remove(domain::BotilbudId id);
    Result<domain::Botilbud> get(domain::BotilbudId id) const;
    Result<QList<domain::Botilbud>> all() const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
