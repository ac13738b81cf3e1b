#include "storage/PersonRepository.h"

#include "domain/OrganisationValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

// The columns addMany and update write alike.
void bindPerson(Statement& s, const Person& person) {
    s.bind(QStringLiteral(":botilbud"), person.botilbudId);
    s.bind(QStringLiteral(":name"), person.name);
    s.bind(QStringLiteral(":handles"), person.handlesMedicine);
    s.bind(QStringLiteral(":email"), person.email);
    s.bind(QStringLiteral(":active"), person.active);
    s.bind(QStringLiteral(":start"), person.startDate);
    s.bind(QStringLiteral(":end"), person.endDate);
}

} // namespace

PersonRepository::PersonRepository(Database& db) : m_db(db) {}

Result<PersonId> PersonRepository::add(const Person& person) {
    auto ids = addMany({person});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<PersonId>> PersonRepository::addMany(const QList<Person>& people) {
    for (const Person& person : people)
        MEDSAFE_TRY(detail::validated(OrganisationValidator::validate(person), QStringLiteral("person")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepareInsert(QStringLiteral("INSERT INTO person (botilbud_id, name, handles_medicine, email, active,"
                                       " start_date, end_date)"
                                       " VALUES (:botilbud, :name, :handles, :email, :active, :start, :end)")));
    QList<PersonId> ids;
    ids.reserve(people.size());
    for (const Person& person : people) {
        bindPerson(s, person);
        MEDSAFE_TRY(s.exec());
        const PersonId id{s.lastInsertId()};
        MEDSAFE_TRY(writeRoles(id, person.roles));
        ids.append(id);
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status PersonRepository::writeRoles(PersonId id, PersonRoles roles) {
    Statement del(m_db.connection());
    MEDSAFE_TRY(del.prepare(QStringLiteral("DELETE FROM person_role WHERE person_id = :id")));
    del.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(del.exec());
    Statement ins(m_db.connection());
    MEDSAFE_TRY(ins.prepare(QStringLiteral("INSERT INTO person_role (person_id, role) VALUES (:id, :role)")));
    for (const QString& code : roleCodes(roles)) {
        ins.bind(QStringLiteral(":id"), id);
        ins.bind(QStringLiteral(":role"), code);
        MEDSAFE_TRY(ins.exec());
    }
    return success();
}

Status PersonRepository::update(const Person& person) {
    MEDSAFE_TRY(detail::validated(OrganisationValidator::validate(person), QStringLiteral("person")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE person SET botilbud_id = :botilbud, name = :name,"
                       " handles_medicine = :handles, email = :email, active = :active,"
                       " start_date = :start, end_date = :end WHERE id = :id")));
    bindPerson(s, person);
    s.bind(QStringLiteral(":id"), person.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("person"), person.id.value));
    MEDSAFE_TRY(writeRoles(person.id, person.roles));
    return tx.commit();
}

Status PersonRepository::remove(PersonId id) {
    return detail::removeById(m_db, QStringLiteral("person"), id.value);
}

Result<Person> PersonRepository::get(PersonId id) const {
    auto list = select(QStringLiteral("p.id = :key"), id.value, false);
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("person"), id.value);
    return list->constFirst();
}

Result<QList<Person>> PersonRepository::forBotilbud(BotilbudId botilbud, bool activeOnly) const {
    return select(QStringLiteral("p.botilbud_id = :key"), botilbud.value, activeOnly);
}

Result<QList<Person>> PersonRepository::select(const QString& where, qint64 key, bool activeOnly) const {
    const QString filter = where + (activeOnly ? QStringLiteral(" AND p.active = TRUE") : QString());
    // Roles first, in one query, instead of one query per person.
    QHash<qint64, QStringList> roles;
    {
        Statement r(m_db.connection());
        MEDSAFE_TRY(r.prepare(QStringLiteral("SELECT pr.person_id, pr.role FROM person_role pr"
                                             " JOIN person p ON p.id = pr.person_id WHERE %1")
                                  .arg(filter)));
        r.bind(QStringLiteral(":key"), key);
        MEDSAFE_TRY(r.exec());
        while (r.next())
            roles[r.int64(0)] << r.text(1);
    }
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT p.id, p.botilbud_id, p.name, p.handles_medicine, p.email, p.active,"
                                 " p.start_date, p.end_date FROM person p WHERE %1 ORDER BY p.name, p.id")
                      .arg(filter)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<Person> people;
    while (s.next()) {
        Person p;
        p.id = s.id<PersonId>(0);
        p.botilbudId = s.id<BotilbudId>(1);
        p.name = s.text(2);
        p.handlesMedicine = s.boolean(3);
        p.email = s.text(4);
        p.active = s.boolean(5);
        p.startDate = s.date(6);
        p.endDate = s.date(7);
        p.roles = rolesFromCodes(roles.value(p.id.value));
        people.append(p);
    }
    return people;
}

} // namespace medsafe::storage
