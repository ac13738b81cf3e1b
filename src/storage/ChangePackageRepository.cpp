#include "storage/ChangePackageRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns = QStringLiteral("id, botilbud_id, spread_key, change_idea_id, origin_botilbud, "
                                        "origin_kommune, sha256, payload, received_on");

ReceivedChangePackage readRow(const Statement& s) {
    ReceivedChangePackage p;
    p.id = s.id<ReceivedChangePackageId>(0);
    p.botilbudId = s.id<BotilbudId>(1);
    p.spreadKey = s.text(2);
    p.changeIdeaId = s.optId<ChangeIdeaId>(3);
    p.originBotilbud = s.text(4);
    p.originKommune = s.text(5);
    p.sha256 = s.text(6);
    p.payload = s.text(7).toUtf8();
    p.receivedOn = s.date(8);
    return p;
}

} // namespace

ChangePackageRepository::ChangePackageRepository(Database& db) : m_db(db) {}

Result<ReceivedChangePackageId> ChangePackageRepository::add(const ReceivedChangePackage& package) {
    if (!package.botilbudId.isValid() || package.spreadKey.isEmpty() || package.sha256.isEmpty() ||
        !package.receivedOn.isValid())
        return Error::technical(
            QStringLiteral("received change package needs botilbud, key, sha256 and date"));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO received_change_package (botilbud_id, spread_key, change_idea_id, origin_botilbud,"
        " origin_kommune, sha256, payload, received_on)"
        " VALUES (:b, :key, :idea, :origin, :kommune, :sha, :payload, :received)")));
    s.bind(QStringLiteral(":b"), package.botilbudId);
    s.bind(QStringLiteral(":key"), package.spreadKey);
    s.bind(QStringLiteral(":idea"), package.changeIdeaId);
    s.bind(QStringLiteral(":origin"), package.originBotilbud);
    s.bind(QStringLiteral(":kommune"), package.originKommune);
    s.bind(QStringLiteral(":sha"), package.sha256);
    s.bind(QStringLiteral(":payload"), QString::fromUtf8(package.payload));
    s.bind(QStringLiteral(":received"), package.receivedOn);
    MEDSAFE_TRY(s.exec());
    const ReceivedChangePackageId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Result<std::optional<ReceivedChangePackage>> ChangePackageRepository::find(BotilbudId botilbud,
                                                                           const QString& spreadKey) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM received_change_package"
                                         " WHERE botilbud_id = :b AND spread_key = :key")
                              .arg(kColumns)));
    s.bind(QStringLiteral(":b"), botilbud);
    s.bind(QStringLiteral(":key"), spreadKey);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return std::optional<ReceivedChangePackage>{};
    ReceivedChangePackage found = readRow(s);
    s.finish();
    return std::optional<ReceivedChangePackage>{found};
}

Result<QList<ReceivedChangePackage>> ChangePackageRepository::forBotilbud(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM received_change_package WHERE botilbud_id = :b"
                                         " ORDER BY received_on DESC, id DESC")
                              .arg(kColumns)));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<ReceivedChangePackage> list;
    while (s.next())
        list << readRow(s);
    return list;
}

Status ChangePackageRepository::remove(ReceivedChangePackageId id) {
    return detail::removeById(m_db, QStringLiteral("received_change_package"), id.value);
}

} // namespace medsafe::storage
