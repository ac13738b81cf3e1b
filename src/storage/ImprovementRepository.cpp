#include "storage/ImprovementRepository.h"

#include "domain/ImprovementValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindAim(Statement& s, const Aim& a) {
    s.bind(QStringLiteral(":b"), a.botilbudId);
    s.bind(QStringLiteral(":statement"), a.statement);
    s.bind(QStringLiteral(":what"), a.whatToAccomplish);
    s.bind(QStringLiteral(":know"), a.howWillWeKnow);
    s.bind(QStringLiteral(":changes"), a.whatChanges);
    s.bind(QStringLiteral(":target"), a.targetDate);
}

void bindDriver(Statement& s, const Driver& d) {
    s.bind(QStringLiteral(":b"), d.botilbudId);
    s.bind(QStringLiteral(":aim"), d.aimId);
    s.bind(QStringLiteral(":level"), d.level);
    s.bind(QStringLiteral(":parent"), d.parentId);
    s.bind(QStringLiteral(":text"), d.text);
    s.bind(QStringLiteral(":sort"), d.sortOrder);
}

void bindIdea(Statement& s, const ChangeIdea& c) {
    s.bind(QStringLiteral(":b"), c.botilbudId);
    s.bind(QStringLiteral(":driver"), c.driverId);
    s.bind(QStringLiteral(":title"), c.title);
    s.bind(QStringLiteral(":description"), c.description);
}

// Runs one INSERT or UPDATE (with `bind`) in a transaction; returns the new id for INSERTs.
template <typename Bind>
Result<qint64> write(Database& db, const QString& sql, Bind bind, const QString& table, qint64 updateId) {
    Transaction tx(db);
    Statement s(db.connection());
    MEDSAFE_TRY(updateId > 0 ? s.prepare(sql) : s.prepareInsert(sql));
    bind(s);
    if (updateId > 0) s.bind(QStringLiteral(":id"), updateId);
    MEDSAFE_TRY(s.exec());
    if (updateId > 0) MEDSAFE_TRY(detail::expectRow(s, table, updateId));
    const qint64 id = updateId > 0 ? updateId : s.lastInsertId();
    MEDSAFE_TRY(tx.commit());
    return id;
}

} // namespace

ImprovementRepository::ImprovementRepository(Database& db) : m_db(db) {}

Result<AimId> ImprovementRepository::addAim(const Aim& aim) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(aim), QStringLiteral("aim")));
    auto id = write(
        m_db,
        QStringLiteral(
            "INSERT INTO aim (botilbud_id, statement, what_to_accomplish, how_will_we_know,"
            " what_changes, target_date) VALUES (:b, :statement, :what, :know, :changes, :target)"),
        [&](Statement& s) { bindAim(s, aim); }, QStringLiteral("aim"), 0);
    if (!id) return id.error();
    return AimId{*id};
}

Status ImprovementRepository::updateAim(const Aim& aim) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(aim), QStringLiteral("aim")));
    MEDSAFE_TRY(write(
        m_db,
        QStringLiteral(
            "UPDATE aim SET botilbud_id = :b, statement = :statement, what_to_accomplish = :what,"
            " how_will_we_know = :know, what_changes = :changes, target_date = :target WHERE id = :id"),
        [&](Statement& s) { bindAim(s, aim); }, QStringLiteral("aim"), aim.id.value));
    return success();
}

Status ImprovementRepository::removeAim(AimId id) {
    return detail::removeById(m_db, QStringLiteral("aim"), id.value);
}

Result<QList<Aim>> ImprovementRepository::aims(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT id, botilbud_id, statement, what_to_accomplish, how_will_we_know, what_changes,"
        " target_date FROM aim WHERE botilbud_id = :b ORDER BY id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<Aim> list;
    while (s.next())
        list.append(
            Aim{s.id<AimId>(0), s.id<BotilbudId>(1), s.text(2), s.text(3), s.text(4), s.text(5), s.date(6)});
    return list;
}

Result<DriverId> ImprovementRepository::addDriver(const Driver& driver) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(driver), QStringLiteral("driver")));
    auto id = write(
        m_db,
        QStringLiteral(
            "INSERT INTO driver (botilbud_id, aim_id, driver_level, parent_id, driver_text, sort_order)"
            " VALUES (:b, :aim, :level, :parent, :text, :sort)"),
        [&](Statement& s) { bindDriver(s, driver); }, QStringLiteral("driver"), 0);
    if (!id) return id.error();
    return DriverId{*id};
}

Status ImprovementRepository::updateDriver(const Driver& driver) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(driver), QStringLiteral("driver")));
    MEDSAFE_TRY(write(
        m_db,
        QStringLiteral("UPDATE driver SET botilbud_id = :b, aim_id = :aim, driver_level = :level,"
                       " parent_id = :parent, driver_text = :text, sort_order = :sort WHERE id = :id"),
        [&](Statement& s) { bindDriver(s, driver); }, QStringLiteral("driver"), driver.id.value));
    return success();
}

Status ImprovementRepository::removeDriver(DriverId id) {
    return detail::removeById(m_db, QStringLiteral("driver"), id.value);
}

Result<QList<Driver>> ImprovementRepository::drivers(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT id, botilbud_id, aim_id, driver_level, parent_id, driver_text, sort_order"
                       " FROM driver WHERE botilbud_id = :b ORDER BY sort_order, id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<Driver> list;
    while (s.next()) {
        list.append(Driver{s.id<DriverId>(0), s.id<BotilbudId>(1), s.optId<AimId>(2),
                           s.code(3, DriverLevel::Primary), s.optId<DriverId>(4), s.text(5), s.integer(6)});
    }
    return list;
}

Result<ChangeIdeaId> ImprovementRepository::addChangeIdea(const ChangeIdea& idea) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(idea), QStringLiteral("change idea")));
    auto id = write(
        m_db,
        QStringLiteral("INSERT INTO change_idea (botilbud_id, driver_id, title, description, spread_key)"
                       " VALUES (:b, :driver, :title, :description, :key)"),
        [&](Statement& s) {
            bindIdea(s, idea);
            if (idea.spreadKey.isEmpty()) s.bindNull(QStringLiteral(":key"));
            else s.bind(QStringLiteral(":key"), idea.spreadKey);
        },
        QStringLiteral("change_idea"), 0);
    if (!id) return id.error();
    return ChangeIdeaId{*id};
}

Status ImprovementRepository::updateChangeIdea(const ChangeIdea& idea) {
    MEDSAFE_TRY(detail::validated(ImprovementValidator::validate(idea), QStringLiteral("change idea")));
    MEDSAFE_TRY(write(
        m_db,
        QStringLiteral("UPDATE change_idea SET botilbud_id = :b, driver_id = :driver, title = :title,"
                       " description = :description WHERE id = :id"),
        [&](Statement& s) { bindIdea(s, idea); }, QStringLiteral("change_idea"), idea.id.value));
    return success();
}

// The key is set once, when the change is first exported; an ordinary edit never touches it.
Status ImprovementRepository::setSpreadKey(ChangeIdeaId id, const QString& key) {
    MEDSAFE_TRY(write(
        m_db, QStringLiteral("UPDATE change_idea SET spread_key = :key WHERE id = :id"),
        [&](Statement& s) {
            s.bind(QStringLiteral(":key"), key);
            s.bind(QStringLiteral(":id"), id);
        },
        QStringLiteral("change_idea"), id.value));
    return success();
}

Status ImprovementRepository::removeChangeIdea(ChangeIdeaId id) {
    return detail::removeById(m_db, QStringLiteral("change_idea"), id.value);
}

Result<QList<ChangeIdea>> ImprovementRepository::changeIdeas(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, botilbud_id, driver_id, title, description, spread_key"
                                 " FROM change_idea WHERE botilbud_id = :b ORDER BY id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<ChangeIdea> list;
    while (s.next())
        list.append(ChangeIdea{s.id<ChangeIdeaId>(0), s.id<BotilbudId>(1), s.optId<DriverId>(2), s.text(3),
                               s.text(4), s.text(5)});
    return list;
}

} // namespace medsafe::storage
