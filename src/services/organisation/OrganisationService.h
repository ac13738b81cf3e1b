#pragma once

#include "domain/Botilbud.h"
#include "domain/Person.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The botilbud of a database and their people: what the botilbud selector, the forms that
// pick a person and the CLI's --botilbud option read. Borrows the database; its thread.
class OrganisationService {
public:
    explicit OrganisationService(storage::Database& db) : m_db(db) {}

    // Every botilbud, local and those known only from data packages.
    Result<QList<domain::Botilbud>> allBotilbud() const;
    Result<domain::Botilbud> botilbud(domain::BotilbudId id) const;
    // The botilbud called exactly `name`, or nothing.
    Result<std::optional<domain::Botilbud>> botilbudNamed(const QString& name) const;
    Result<QList<domain::Person>> people(domain::BotilbudId botilbud, bool activeOnly = false) const;
    // Adds a person without an id or replaces the stored one; returns the id.
    Result<domain::Person> person(domain::PersonId id) const;
    Result<domain::PersonId> savePerson(const domain::Person& person) const;
    // The person leaves the botilbud's work on `lastDay`: kept for history (PDSA cycles, events
    // and training name them), no longer offered in the forms. Never deleted.
    Status retirePerson(domain::PersonId id, const QDate& lastDay) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
