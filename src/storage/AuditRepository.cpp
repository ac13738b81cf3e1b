#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Statement.h"

namespace medsafe::storage {

namespace {

const QString kColumns =
    QStringLiteral("id, changed_at, actor, table_name, row_key, botilbud_id, action, old_values,"
                   " new_values, prev_hash, entry_hash");

AuditEntry readEntry(const Statement& row) {
    AuditEntry entry;
    entry.id = row.int64(0);
    entry.changedAt = row.text(1);
    entry.actor = row.text(2);
    entry.table = row.text(3);
    entry.rowKey = row.text(4);
    entry.botilbudId = row.isNull(5) ? 0 : row.int64(5);
    entry.action = row.text(6);
    entry.oldValues = row.isNull(7) ? QString() : row.text(7);
    entry.newValues = row.isNull(8) ? QString() : row.text(8);
    entry.previousHash = row.text(9);
    entry.entryHash = row.text(10);
    return entry;
}

} // namespace

Result<QList<AuditEntry>> AuditRepository::entries(const AuditQuery& query) const {
    QStringList where;
    if (query.botilbud.value > 0) where << QStringLiteral("botilbud_id = :botilbud");
    if (!query.actor.isEmpty()) where << QStringLiteral("actor = :actor");
    QStringList tableParameters;
    for (int i = 0; i < query.tables.size(); ++i)
        tableParameters << QStringLiteral(":table%1").arg(i);
    if (!tableParameters.isEmpty())
        where << QStringLiteral("table_name IN (%1)").arg(tableParameters.join(QStringLiteral(", ")));
    if (!query.rowKey.isEmpty()) where << QStringLiteral("row_key = :row");
    // changed_at is ISO text on both engines, so day bounds compare as text.
    if (query.from.isValid()) where << QStringLiteral("changed_at >= :from");
    if (query.to.isValid()) where << QStringLiteral("changed_at < :to");

    Statement statement(m_db.connection());
    QString sql = QStringLiteral("SELECT %1 FROM audit_entry").arg(kColumns);
    if (!where.isEmpty()) sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, query.limit));
    MEDSAFE_TRY(statement.prepare(sql));
    if (query.botilbud.value > 0) statement.bind(QStringLiteral(":botilbud"), query.botilbud);
    if (!query.actor.isEmpty()) statement.bind(QStringLiteral(":actor"), query.actor);
    for (int i = 0; i < query.tables.size(); ++i)
        statement.bind(tableParameters[i], query.tables[i]);
    if (!query.rowKey.isEmpty()) statement.bind(QStringLiteral(":row"), query.rowKey);
    if (query.from.isValid()) statement.bind(QStringLiteral(":from"), query.from.toString(Qt::ISODate));
    if (query.to.isValid()) statement.bind(QStringLiteral(":to"), query.to.addDays(1).toString(Qt::ISODate));
    MEDSAFE_TRY(statement.exec());
    QList<AuditEntry> found;
    while (statement.next())
        found.append(readEntry(statement));
    return found;
}

Result<QStringList> AuditRepository::actors(domain::BotilbudId botilbud) const {
    Statement statement(m_db.connection());
    if (botilbud.isValid()) {
        MEDSAFE_TRY(statement.prepare(QStringLiteral(
            "SELECT DISTINCT actor FROM audit_entry WHERE botilbud_id = :botilbud ORDER BY actor")));
        statement.bind(QStringLiteral(":botilbud"), botilbud);
    } else {
        MEDSAFE_TRY(
            statement.prepare(QStringLiteral("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")));
    }
    MEDSAFE_TRY(statement.exec());
    QStringList actors;
    while (statement.next())
        actors << statement.text(0);
    return actors;
}

Result<AuditChainVerdict> AuditRepository::verifyChain() const {
    Statement statement(m_db.connection());
    MEDSAFE_TRY(statement.prepare(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY id").arg(kColumns)));
    MEDSAFE_TRY(statement.exec());
    AuditChainVerdict verdict;
    QString previous;
    qint64 previousId = 0;
    while (statement.next()) {
        const AuditEntry entry = readEntry(statement);
        ++verdict.entries;
        if (verdict.holds()) {
            if (entry.previousHash != previous) {
                verdict.firstBrokenId = entry.id;
                verdict.problemKind = AuditChainVerdict::Problem::PreviousHashDiffers;
                verdict.previousId = previousId;
                verdict.problem =
                    previousId == 0
                        ? QStringLiteral("the first entry names a previous entry")
                        : QStringLiteral("it does not name the hash of entry %1 before it (an entry "
                                         "was removed or changed)")
                              .arg(previousId);
            } else if (AuditChain::entryHash(entry) != entry.entryHash) {
                verdict.firstBrokenId = entry.id;
                verdict.problemKind = AuditChainVerdict::Problem::ContentDiffers;
                verdict.problem =
                    QStringLiteral("its contents do not match its hash (the entry was changed)");
            }
        }
        previous = entry.entryHash;
        previousId = entry.id;
    }
    verdict.headHash = previous;
    return verdict;
}

} // namespace medsafe::storage
