// Schema version 2: data packages between a botilbud and its PS! consultant.
// RELEASED once shipped — never edit; append a new migration instead.
//
// - botilbud.package_key: a UUID naming the botilbud across databases (its id differs in the
//   consultant's database). Existing rows get fresh UUIDs here; the column stays nullable
//   because SQLite cannot add a NOT NULL column without a constant default, but every write
//   path fills it. The unique index allows the NULLs only while this step runs.
// - botilbud.origin: 'local' for the botilbud worked on in this database, 'package' for the
//   copies a consultant's import creates.
// - received_package: the packages a consultant imported, one per botilbud and month, whole
//   (payload) so a report can be re-read, and with its checksum so a repeat import is a no-op.
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/RepositorySupport.h"
#include "storage/Statement.h"

#include <QList>

namespace medsafe::storage {

namespace {

QStringList packageExchange(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    return dialect.typed({
        QStringLiteral("ALTER TABLE botilbud ADD COLUMN package_key TEXT"),
        QStringLiteral("ALTER TABLE botilbud ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'"),
        QStringLiteral("CREATE UNIQUE INDEX botilbud_package_key ON botilbud (package_key)"),
        QStringLiteral("CREATE TABLE received_package (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " report_month {date} NOT NULL, sha256 TEXT NOT NULL, payload TEXT NOT NULL,"
                       " received_on {timestamp} NOT NULL,"
                       " CONSTRAINT received_package_unique_month UNIQUE (botilbud_id, report_month))")
            .arg(id),
    });
}

// Gives every existing botilbud its key. Runs inside the migration's transaction.
Status fillPackageKeys(Database& db) {
    Statement select(db.connection());
    MEDSAFE_TRY(
        select.prepare(QStringLiteral("SELECT id FROM botilbud WHERE package_key IS NULL ORDER BY id")));
    MEDSAFE_TRY(select.exec());
    QList<qint64> ids;
    while (select.next())
        ids.append(select.int64(0));
    select.finish();

    Statement update(db.connection());
    MEDSAFE_TRY(update.prepare(QStringLiteral("UPDATE botilbud SET package_key = :key WHERE id = :id")));
    for (qint64 botilbudId : ids) {
        update.bind(QStringLiteral(":key"), BotilbudRepository::newPackageKey());
        update.bind(QStringLiteral(":id"), botilbudId);
        MEDSAFE_TRY(update.exec());
    }
    return success();
}

} // namespace

Migration migration002PackageExchange() {
    return Migration{2, QStringLiteral("package exchange"), &packageExchange, &fillPackageKeys};
}

} // namespace medsafe::storage
