#include "services/organisation/OrganisationService.h"

#include "services/access/AccessPolicy.h"
#include "storage/BotilbudRepository.h"
#include "storage/PersonRepository.h"

namespace medsafe::services {

Result<QList<domain::Botilbud>> OrganisationService::allBotilbud() const {
    return storage::BotilbudRepository(m_db).all();
}

Result<domain::Botilbud> OrganisationService::botilbud(domain::BotilbudId id) const {
    return storage::BotilbudRepository(m_db).get(id);
}

Result<std::optional<domain::Botilbud>> OrganisationService::botilbudNamed(const QString& name) const {
    auto all = allBotilbud();
    if (!all) return all.error();
    for (const domain::Botilbud& b : all.value())
        if (b.name == name) return std::optional<domain::Botilbud>(b);
    return std::optional<domain::Botilbud>();
}

Result<QList<domain::Person>> OrganisationService::people(domain::BotilbudId botilbud,
                                                          bool activeOnly) const {
    return storage::PersonRepository(m_db).forBotilbud(botilbud, activeOnly);
}

Result<domain::Person> OrganisationService::person(domain::PersonId id) const {
    return storage::PersonRepository(m_db).get(id);
}

Result<domain::PersonId> OrganisationService::savePerson(const domain::Person& person) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ManagePeople, person.botilbudId); !allowed)
        return allowed.error();
    storage::PersonRepository repository(m_db);
    if (!person.id.isValid()) return repository.add(person);
    if (auto updated = repository.update(person); !updated) return updated.error();
    return person.id;
}

Status OrganisationService::retirePerson(domain::PersonId id, const QDate& lastDay) const {
    storage::PersonRepository repository(m_db);
    auto person = repository.get(id);
    if (!person) return person.error();
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ManagePeople, person->botilbudId); !allowed)
        return allowed;
    person->active = false;
    person->endDate = lastDay;
    return repository.update(person.value());
}

} // namespace medsafe::services
