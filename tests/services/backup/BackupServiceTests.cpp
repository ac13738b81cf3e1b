// Backups on real temporary files: once a day on open, before every migration, verified,
// restored, and refusals that change nothing.
#include "../../storage/StorageTestSupport.h"
#include "services/backup/BackupService.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;
using services::BackupService;

namespace {

QDateTime day(int d, int h = 10) {
    return QDateTime(QDate(2026, 3, d), QTime(h, 0)).toUTC();
}

void makeDatabase(const QString& path, const QStringList& names) {
    auto db = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
    REQUIRE(db.ok());
    storage::BotilbudRepository repo(**db);
    for (const QString& name : names)
        REQUIRE(repo.add(domain::Botilbud{{}, name, QStringLiteral("Aarhus"), 12, QDate(2020, 3, 1)}).ok());
}

QByteArray sha(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 botilbudRows(const QString& path) {
    auto info = BackupService::inspect(path);
    REQUIRE(info.ok());
    return info->rows(QStringLiteral("botilbud"));
}

// A version-1 file written with migration 1's own statements, as in MigrationTests.
void createVersion1Database(const QString& path) {
    const auto dialect = storage::SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = storage::migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(storage::Database::kApplicationId)
               << dialect.setSchemaVersionSql(1);
    statements << QStringLiteral("INSERT INTO botilbud (id, name, municipality, resident_count, created_date)"
                                 " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01'),"
                                 " (2, 'Solsikken', 'Odense', 8, '2020-04-01')");
    storage::test::rawExecAll(path, statements);
}

} // namespace

TEST_CASE("opening a database makes one backup a day at most", "[backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    makeDatabase(path, {QStringLiteral("Lærkehøj")});
    REQUIRE(BackupService::list(path).isEmpty());

    { REQUIRE(BackupService::open(path, storage::OpenMode::OpenExisting, day(2, 9)).ok()); }
    auto backups = BackupService::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("daily"));
    CHECK(QFileInfo(backups.first().path).absolutePath() ==
          QDir(dir.path()).filePath(QStringLiteral("backups")));

    { REQUIRE(BackupService::open(path, storage::OpenMode::OpenExisting, day(2, 17)).ok()); }
    CHECK(BackupService::list(path).size() == 1); // the same day: none

    { REQUIRE(BackupService::open(path, storage::OpenMode::OpenExisting, day(3, 8)).ok()); }
    CHECK(BackupService::list(path).size() == 2); // the next day: one more
}

TEST_CASE("the app's daily backup after its first screen: none on open, then one from a thread while the file is in use",
          "[backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    makeDatabase(path, {QStringLiteral("Lærkehøj"), QStringLiteral("Solsikken")});
    auto db = BackupService::open(path, storage::OpenMode::OpenExisting, QDateTime::currentDateTimeUtc(),
                                  BackupService::DailyBackup::Later);
    REQUIRE(db.ok());
    CHECK(BackupService::list(path).isEmpty()); // the open itself is not held up
    {
        QObject owner;
        BackupService::backUpIfDueInBackground(path, &owner);
        // The open database goes on being written meanwhile.
        REQUIRE(storage::BotilbudRepository(**db).add(
                    domain::Botilbud{{}, QStringLiteral("Kilden"), QStringLiteral("Aarhus"), 9, QDate(2021, 1, 1)}).ok());
    } // the owner waits for the thread
    const auto backups = BackupService::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("daily"));
    const qint64 rows = botilbudRows(backups.first().path); // verified, whole: before or after the third
    CHECK((rows == 2 || rows == 3));
}

TEST_CASE("a migration is preceded by a backup of the old file", "[backup][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    createVersion1Database(path);
    const QByteArray before = sha(path);

    auto db = BackupService::open(path, storage::OpenMode::OpenExisting, day(5));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion().value() == storage::Database::supportedSchemaVersion());
    const auto backups = BackupService::list(path);
    REQUIRE(backups.size() == 1); // the daily backup is not due after the migration backup
    CHECK(backups.first().reason == QStringLiteral("before-migration"));
    auto info = BackupService::inspect(backups.first().path);
    REQUIRE(info.ok());
    CHECK(info->schemaVersion == 1);
    CHECK(info->rows(QStringLiteral("botilbud")) == 2);
    (void)before;
}

TEST_CASE("a failing backup stops the migration", "[backup][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    createVersion1Database(path);
    // A file where the backups folder should be: the backup cannot be written.
    QFile blocker(dir.filePath(QStringLiteral("backups")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto db = BackupService::open(path, storage::OpenMode::OpenExisting, day(5));
    REQUIRE_FALSE(db.ok());
    auto raw = storage::Database::open(path, storage::OpenMode::ReadOnly);
    REQUIRE(raw.ok());
    CHECK((*raw)->schemaVersion().value() == 1);
}

TEST_CASE("a backup is verified: it opens read-only and passes the integrity check", "[backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    makeDatabase(path, {QStringLiteral("Lærkehøj"), QStringLiteral("Solsikken")});
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    auto made = BackupService::backUp(**db, BackupService::Reason::Manual, day(7));
    REQUIRE(made.ok());
    CHECK(QFileInfo(*made).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto copy = storage::Database::open(*made, storage::OpenMode::ReadOnly);
    REQUIRE(copy.ok());
    auto report = (*copy)->checkReport();
    REQUIRE(report.ok());
    CHECK(report->integrityOk);
    CHECK(botilbudRows(*made) == 2);
}

TEST_CASE("restore replaces the data and keeps the previous file", "[backup][restore]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    const QString other = dir.filePath(QStringLiteral("other.db"));
    makeDatabase(path, {QStringLiteral("Lærkehøj")});
    makeDatabase(other, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    auto kept = BackupService::restore(path, other, day(9));
    REQUIRE(kept.ok());
    CHECK(botilbudRows(path) == 3);
    CHECK(botilbudRows(*kept) == 1);
    CHECK(BackupService::list(path).first().reason == QStringLiteral("before-restore"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));
    auto reopened = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(reopened.ok());
}

TEST_CASE("restore refuses a foreign or damaged file and changes nothing", "[backup][restore]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    makeDatabase(path, {QStringLiteral("Lærkehøj")});
    const QByteArray before = sha(path);

    const QString text = dir.filePath(QStringLiteral("text.db"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a database\n");
    }
    const QString truncated = dir.filePath(QStringLiteral("truncated.db"));
    {
        QFile source(path);
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2 + 100));
    }
    for (const QString& bad : {text, truncated, dir.filePath(QStringLiteral("missing.db"))}) {
        INFO(bad.toStdString());
        CHECK_FALSE(BackupService::restore(path, bad, day(9)).ok());
        CHECK(sha(path) == before);
        CHECK_FALSE(QFileInfo::exists(BackupService::folderFor(path)));
    }
}
