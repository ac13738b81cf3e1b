#include "storage/DelegationRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindDelegation(Statement& s, const Delegation& d) {
    s.bind(QStringLiteral(":b"), d.botilbudId);
    s.bind(QStringLiteral(":person"), d.personId);
    s.bind(QStringLiteral(":right"), d.delegatedRight);
    s.bind(QStringLiteral(":doctor"), d.doctor);
    s.bind(QStringLiteral(":from"), d.validFrom);
    s.bind(QStringLiteral(":to"), d.validTo);
    s.bind(QStringLiteral(":note"), d.note);
}

} // namespace

DelegationRepository::DelegationRepository(Database& db) : m_db(db) {}

Result<QList<Delegation>> DelegationRepository::delegations(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT id, botilbud_id, person_id, delegated_right, doctor, valid_from, valid_to, note,"
        " row_version FROM delegation WHERE botilbud_id = :b ORDER BY valid_from, id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<Delegation> list;
    while (s.next()) {
        Delegation d;
        d.id = s.id<DelegationId>(0);
        d.botilbudId = s.id<BotilbudId>(1);
        d.personId = s.id<PersonId>(2);
        d.delegatedRight = s.text(3);
        d.doctor = s.text(4);
        d.validFrom = s.date(5);
        d.validTo = s.date(6);
        d.note = s.text(7);
        d.rowVersion.value = s.integer(8);
        list << d;
    }
    return list;
}

Result<DelegationId> DelegationRepository::add(const Delegation& delegation) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO delegation (botilbud_id, person_id, delegated_right, doctor, valid_from, valid_to, note)"
        " VALUES (:b, :person, :right, :doctor, :from, :to, :note)")));
    bindDelegation(s, delegation);
    MEDSAFE_TRY(s.exec());
    const DelegationId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status DelegationRepository::update(const Delegation& delegation) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE delegation SET botilbud_id = :b, person_id = :person,"
                       " delegated_right = :right, doctor = :doctor, valid_from = :from,"
                       " valid_to = :to, note = :note, row_version = row_version + 1 WHERE id = :id%1")
            .arg(detail::versionCondition(delegation.rowVersion.value))));
    bindDelegation(s, delegation);
    s.bind(QStringLiteral(":id"), delegation.id);
    if (delegation.rowVersion.value > 0) s.bind(QStringLiteral(":version"), delegation.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("delegation"), delegation.id.value));
    return tx.commit();
}

Status DelegationRepository::remove(DelegationId id) {
    return detail::removeById(m_db, QStringLiteral("delegation"), id.value);
}

} // namespace medsafe::storage
