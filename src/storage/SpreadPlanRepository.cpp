#include "storage/SpreadPlanRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

QDate firstOfMonth(const QDate& date) {
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

void bindEntry(Statement& s, const SpreadPlanEntry& e) {
    s.bind(QStringLiteral(":b"), e.botilbudId);
    s.bind(QStringLiteral(":key"), e.spreadKey);
    s.bind(QStringLiteral(":title"), e.changeTitle);
    s.bind(QStringLiteral(":month"), firstOfMonth(e.plannedMonth));
    s.bind(QStringLiteral(":note"), e.note);
}

} // namespace

SpreadPlanRepository::SpreadPlanRepository(Database& db) : m_db(db) {}

Result<SpreadPlanId> SpreadPlanRepository::add(const SpreadPlanEntry& entry) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO spread_plan (botilbud_id, spread_key, change_title, planned_month, note)"
                       " VALUES (:b, :key, :title, :month, :note)")));
    bindEntry(s, entry);
    MEDSAFE_TRY(s.exec());
    const SpreadPlanId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status SpreadPlanRepository::update(const SpreadPlanEntry& entry) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("UPDATE spread_plan SET botilbud_id = :b, spread_key = :key,"
                                         " change_title = :title, planned_month = :month, note = :note,"
                                         " row_version = row_version + 1 WHERE id = :id%1")
                              .arg(detail::versionCondition(entry.rowVersion.value))));
    bindEntry(s, entry);
    s.bind(QStringLiteral(":id"), entry.id);
    if (entry.rowVersion.value > 0) s.bind(QStringLiteral(":version"), entry.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("spread_plan"), entry.id.value));
    return tx.commit();
}

Status SpreadPlanRepository::remove(SpreadPlanId id) {
    return detail::removeById(m_db, QStringLiteral("spread_plan"), id.value);
}

Result<QList<SpreadPlanEntry>> SpreadPlanRepository::all() const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, botilbud_id, spread_key, change_title, planned_month, note,"
                                 " row_version FROM spread_plan ORDER BY planned_month, botilbud_id, id")));
    MEDSAFE_TRY(s.exec());
    QList<SpreadPlanEntry> list;
    while (s.next()) {
        SpreadPlanEntry e;
        e.id = s.id<SpreadPlanId>(0);
        e.botilbudId = s.id<BotilbudId>(1);
        e.spreadKey = s.text(2);
        e.changeTitle = s.text(3);
        e.plannedMonth = s.date(4);
        e.note = s.text(5);
        e.rowVersion.value = s.integer(6);
        list << e;
    }
    return list;
}

} // namespace medsafe::storage
