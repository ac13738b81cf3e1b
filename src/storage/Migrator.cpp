#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/StorageLog.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace medsafe::storage {

namespace {

Status runStatements(Database& db, const Migration& step, const QStringList& statements) {
    for (const QString& sql : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql)) {
            const QString message = QStringLiteral("migration %1 (%2) failed: %3 [%4]")
                                        .arg(step.version)
                                        .arg(step.name, q.lastError().text(), sql);
            storageLog()->error("{}", message.toStdString());
            return Error::technical(message);
        }
    }
    return success();
}

} // namespace

QList<Migration> Migrator::all() {
    return {migration001InitialSchema(), migration002PackageExchange(), migration003PackageSigning(),
            migration004RowVersions(),   migration005PersonDates(),     migration006AccountsAndAudit(),
            migration007Pharmacy(),      migration008PhasesOneAndThree()};
}

int Migrator::latestVersion() {
    return all().constLast().version;
}

Status Migrator::migrate(Database& db) {
    return migrateTo(db, latestVersion());
}

Status Migrator::migrateTo(Database& db, int targetVersion) {
    auto current = db.schemaVersion();
    if (!current) return current.error();
    if (*current > latestVersion()) return DatabaseFileCheck::newer(db.path(), *current, latestVersion());

    for (const Migration& step : all()) {
        if (step.version <= *current || step.version > targetVersion) continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Error::technical(QStringLiteral("migration %1: BEGIN failed").arg(step.version));
        // Several PCs may open a server database at once: one migrates, the others wait for it
        // here and then find the step done. (A SQLite file has one writer at a time anyway.)
        if (const QString lock = db.dialect().migrationLockSql(); !lock.isEmpty()) {
            if (auto status = runStatements(db, step, {lock}); !status) return status;
            auto now = db.schemaVersion();
            if (!now) return now.error();
            if (*now >= step.version) continue;
        }
        QStringList statements = step.statements(db.dialect());
        if (step.version == 1)
            statements = db.dialect().markAsMedicinsikkerSql(Database::kApplicationId) + statements;
        if (auto status = runStatements(db, step, statements); !status) return status;
        if (step.afterStatements) {
            if (auto status = step.afterStatements(db); !status) {
                const QString message = QStringLiteral("migration %1 (%2) failed: %3")
                                            .arg(step.version)
                                            .arg(step.name, status.error().message);
                storageLog()->error("{}", message.toStdString());
                return Error::technical(message);
            }
        }
        if (auto status = runStatements(db, step, {db.dialect().setSchemaVersionSql(step.version)}); !status)
            return status;
        if (auto status = tx.commit(); !status) return status;
        storageLog()->info("migrated {} to schema version {} ({})", db.path().toStdString(), step.version,
                           step.name.toStdString());
    }
    return success();
}

} // namespace medsafe::storage
