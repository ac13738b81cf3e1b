#pragma once

#include "domain/Person.h"
#include "domain/Result.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes people and their roles (person + person_role).
class PersonRepository {
public:
    explicit PersonRepository(Database& db);

    Result<domain::PersonId> add(const domain::Person& person);
    // All or nothing, in one transaction (demo data, imports).
    Result<QList<domain::PersonId>> addMany(const QList<domain::Person>& people);
    Status update(const domain::Person& person);
    Status remove(domain::PersonId id);
    Result<domain::Person> get(domain::PersonId id) const;
    Result<QList<domain::Person>> forBotilbud(domain::BotilbudId botilbud, bool activeOnly = false) const;

private:
    Status writeRoles(domain::PersonId id, domain::PersonRoles roles);
    Result<QList<domain::Person>> select(const QString& where, qint64 key, bool activeOnly) const;

    Database& m_db;
};

} // namespace medsafe::storage
