#include "storage/RepositorySupport.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

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

} // namespace medsafe::storage::detail
