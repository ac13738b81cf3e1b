#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "storage/Statement.h"

#include <QString>

namespace medsafe::storage {
class Database;
}

// Small helpers shared by the repositories (not part of the public storage API).
namespace medsafe::storage::detail {

inline Status validated(const domain::ValidationIssues& issues, const QString& what) {
    if (issues.isEmpty()) return success();
    return domain::toError(what, issues);
}

inline Error notFound(const QString& what, qint64 id) {
    return Error::technical(QStringLiteral("%1 %2 not found").arg(what).arg(id));
}

// For an UPDATE ... WHERE id = :id AND row_version = :version that changed no row: a
// conflict when the row is still there (someone saved it since it was read), else not found.
Status versionedUpdateResult(Database& db, const Statement& statement, const QString& table, qint64 id);
// " AND row_version = :version" for an update that read version `version`; nothing for 0 (a
// caller that did not read the row, such as an import, overwrites as before).
QString versionCondition(int version);

// For UPDATE/DELETE by id: no affected row means the id does not exist.
inline Status expectRow(const Statement& statement, const QString& what, qint64 id) {
    if (statement.rowsAffected() < 1) return notFound(what, id);
    return success();
}

} // namespace medsafe::storage::detail

// Returns the error of a failed Status or Result from the enclosing function, which may return
// either a Status or a Result<T> (both are constructible from an Error).
#define MEDSAFE_TRY(expr)                                                                                    \
    do {                                                                                                     \
        if (auto medsafeTryResult_ = (expr); !medsafeTryResult_) return medsafeTryResult_.error();           \
    } while (false)

namespace medsafe::storage::detail {

// DELETE FROM <table> WHERE id = :id in the caller's (or its own) transaction. `table` is
// always a literal from the repository, never input.
Status removeById(Database& db, const QString& table, qint64 id);

} // namespace medsafe::storage::detail
