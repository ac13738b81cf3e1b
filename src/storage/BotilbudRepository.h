#pragma once

#include "domain/Botilbud.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes botilbud. createWithDefaults() sets up a new botilbud completely: the
// programme with default phases, the start-up checklist, the default measures and the default
// competence topics, all in one transaction. add() and createWithDefaults() give the botilbud
// a fresh package key when the value has none.
class BotilbudRepository {
public:
    explicit BotilbudRepository(Database& db);

    // A new package key: a random UUID without braces.
    static QString newPackageKey();

    Result<domain::BotilbudId> add(const domain::Botilbud& botilbud);
    Result<domain::BotilbudId> createWithDefaults(const domain::Botilbud& botilbud,
                                                  const QDate& programmeStart);
    Status update(const domain::Botilbud& botilbud);
    // Removes the botilbud and everything that belongs to it.
    Status remove(domain::BotilbudId id);
    Result<domain::Botilbud> get(domain::BotilbudId id) const;
    Result<QList<domain::Botilbud>> all() const;
    // The botilbud with this package key, or nothing.
    Result<std::optional<domain::Botilbud>> byPackageKey(const QString& key) const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
