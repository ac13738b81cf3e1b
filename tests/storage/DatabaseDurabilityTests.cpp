// Durability (issue 12, item 8): the file a person types into syncs every commit.
#include "StorageTestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace medsafe::storage;
using namespace medsafe::storage::test;

TEST_CASE("a file database runs with synchronous = FULL", "[database][durability]") {
    QTemporaryDir dir;
    auto db = fileDb(dir.filePath(QStringLiteral("home.db")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // 2 = FULL (1 = NORMAL)
    QSqlQuery mode(db->connection());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));
}
