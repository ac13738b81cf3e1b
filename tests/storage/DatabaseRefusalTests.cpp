#include "StorageTestSupport.h"
#include "storage/IncidentRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

// Opening `path` must fail with a user message, and leave the file exactly as it was.
void requireRefusedUnchanged(const QString& path, const QString& expectedInMessage) {
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(hasSidecarFiles(path));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    INFO(db.error().message.toStdString());
    CHECK(db.error().message.contains(expectedInMessage));
    CHECK_FALSE(db.error().userMessage.isEmpty());
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(hasSidecarFiles(path));
}

// A real Medicinsikker database with some rows, closed cleanly.
void createRealDatabase(const QString& path, int incidents) {
    auto db = fileDb(path);
    const auto botilbud = addBotilbud(*db);
    QList<Incident> list;
    for (int i = 0; i < incidents; ++i) {
        Incident incident;
        incident.botilbudId = botilbud;
        incident.occurredDate = QDate(2020, 1, 1).addDays(i % 700);
        incident.description =
            QStringLiteral("Hændelse nummer %1 med en længere beskrivelse af forløbet").arg(i);
        list << incident;
    }
    REQUIRE(IncidentRepository(*db).addMany(list).ok());
}

// Runs one SQL statement on a raw connection (to craft files our own code would never write).
void rawExec(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(sql));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A text file is refused and left byte-identical", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(
        path,
        QByteArray("Dette er ikke en database.\nBare tekst, som skal forblive uændret.\n").repeated(40));
    requireRefusedUnchanged(path, QStringLiteral("not a SQLite database"));
}

TEST_CASE("A short binary file is refused", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.bin"));
    writeFile(path, QByteArray("SQLite format 3", 15));
    requireRefusedUnchanged(path, QStringLiteral("not a SQLite database"));
}

TEST_CASE("Another program's SQLite database is refused", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    requireRefusedUnchanged(path, QStringLiteral("not a Medicinsikker database"));

    const QString other = dir.filePath(QStringLiteral("other-id.sqlite"));
    rawExec(other, QStringLiteral("PRAGMA application_id = 1234"));
    requireRefusedUnchanged(other, QStringLiteral("not a Medicinsikker database"));
}

TEST_CASE("A database from a newer schema version is refused", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.medsafe"));
    createRealDatabase(path, 10);
    rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
    requireRefusedUnchanged(path, QStringLiteral("newer schema version 99"));
}

TEST_CASE("A truncated database is refused", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.medsafe"));
    createRealDatabase(path, 2000);
    const QByteArray full = fileBytes(path);
    REQUIRE(full.size() >= 4 * 4096);
    writeFile(path, full.left(full.size() / 2));
    requireRefusedUnchanged(path, QStringLiteral("corrupt or truncated"));
}

TEST_CASE("A database with a damaged page is refused", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.medsafe"));
    createRealDatabase(path, 2000);
    QByteArray bytes = fileBytes(path);
    // Overwrite the middle of the file (table b-tree pages) with garbage, keeping the size.
    const qsizetype start = bytes.size() / 2;
    for (qsizetype i = start; i < start + 8192 && i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);
    requireRefusedUnchanged(path, QStringLiteral("corrupt or truncated"));
}

TEST_CASE("A refused file can still be opened after the problem is fixed", "[database][refusal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixable.medsafe"));
    createRealDatabase(path, 5);
    rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
    REQUIRE_FALSE(Database::open(path).ok());
    rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::supportedSchemaVersion()));
    auto db = fileDb(path);
    CHECK(IncidentRepository(*db).count(BotilbudRepository(*db).all().value().constFirst().id).value() == 5);
}

// A program killed while SQLite copies the write-ahead log back into the file (a checkpoint)
// leaves page 1, with the new page count, written before the pages after it; the -wal file
// still holds every page, so the database is whole. The header check must not call it
// truncated (kill_during_writes.sh found `check` refusing such a file after a killed import).
TEST_CASE("A file killed during a checkpoint, header ahead of the file, opens with its WAL",
          "[database][refusal][wal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.medsafe"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.medsafe"));
    createRealDatabase(path, 5);
    qint64 pagesWithWal = 0;
    const QString name = QStringLiteral("wal-writer");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        // A bare connection has no audit functions, so the audit trigger would refuse the
        // insert; this test is about the WAL, not the trail.
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_incident_insert")));
        // 5 incidents doubled nine times: 2,560, all of them only in the -wal file.
        const QString copyRows = QStringLiteral(
            "INSERT INTO incident (botilbud_id, occurred_date, occurred_time, reported_date, stage, "
            "error_type, actual_consequence, possible_consequence, overall_category, reached_citizen, "
            "required_doctor_contact, ncc_merp, description, immediate_action, learning, status, "
            "reporter_id, updated_at) SELECT botilbud_id, occurred_date, occurred_time, reported_date, "
            "stage, error_type, actual_consequence, possible_consequence, overall_category, "
            "reached_citizen, required_doctor_contact, ncc_merp, description, immediate_action, "
            "learning, status, reporter_id, updated_at FROM incident");
        for (int i = 0; i < 9; ++i)
            REQUIRE(q.exec(copyRows));
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        pagesWithWal = q.value(0).toLongLong();
        q.finish();
        // The "crash": the files as they are while the writer still has them open.
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Page 1 as a checkpoint writes it first: the new page count, valid for this change counter.
    QByteArray bytes = fileBytes(crashed);
    REQUIRE(pagesWithWal * 4096 > bytes.size());
    const auto be32 = [&](int at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = static_cast<char>((value >> (8 * (3 - i))) & 0xFF);
    };
    be32(28, static_cast<quint32>(pagesWithWal));
    bytes.replace(92, 4, bytes.mid(24, 4));
    writeFile(crashed, bytes);

    auto db = Database::open(crashed, OpenMode::ReadOnly);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    auto check = (*db)->checkReport();
    REQUIRE(check.ok());
    CHECK(check->integrityOk);
    qint64 incidents = -1;
    for (const auto& table : check->tables)
        if (table.table == QStringLiteral("incident")) incidents = table.rows;
    CHECK(incidents == 5 * 512);
}
