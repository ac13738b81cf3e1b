#include "storage/RepositorySupport.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace medsafe::storage::detail {

Status removeById(Database& db, const QString& table, qint64 id) {
    Transaction tx(db);
    Statement s(db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table)));
    s.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(expectRow(s, table, id));
    return tx.commit();
}

QString versionCondition(int version) {
    return version > 0 ? QStringLiteral(" AND row_version = :version") : QString();
}

Status versionedUpdateResult(Database& db, const Statement& statement, const QString& table, qint64 id) {
    if (statement.rowsAffected() > 0) return success();
    Statement current(db.connection());
    MEDSAFE_TRY(current.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(table)));
    current.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(current.exec());
    if (!current.next()) return notFound(table, id);
    return Error::saveConflict(
        QStringLiteral("%1 %2 was saved by someone else (now version %3)").arg(table).arg(id).arg(current.integer(0)),
        QCoreApplication::translate("RepositorySupport",
                                    "Someone else saved this record while you were editing it. Nothing was saved."));
}

} // namespace medsafe::storage::detail
