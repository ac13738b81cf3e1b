// Issue 12: who may create or migrate a file. OpenMode::CreateOrMigrate (the program's own file,
// init, demo) may; OpenExisting (a file the person chose) refuses a missing, 0-byte or empty
// SQLite file byte-identical; ReadOnly (`check`) never migrates, writes or leaves -wal/-shm.
// Also the permissions of what storage creates: files 0600, folders 0700.
#include "StorageTestSupport.h"
#include "storage/IncidentRepository.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

unsigned modeOf(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

void requireRefused(const QString& path, OpenMode mode, const QString& expected) {
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = existed ? fileBytes(path) : QByteArray();
    auto db = Database::open(path, mode);
    REQUIRE_FALSE(db.ok());
    INFO(db.error().message.toStdString());
    CHECK(db.error().message.contains(expected));
    CHECK_FALSE(db.error().userMessage.isEmpty());
    CHECK(QFileInfo::exists(path) == existed);
    if (existed) CHECK(fileBytes(path) == before);
    CHECK_FALSE(hasSidecarFiles(path));
}

} // namespace

TEST_CASE("A 0-byte file the person chose stays 0 bytes", "[database][openmode]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeFile(path, {});
    requireRefused(path, OpenMode::OpenExisting, QStringLiteral("empty"));
    requireRefused(path, OpenMode::ReadOnly, QStringLiteral("empty"));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("An SQLite file without tables is not migrated when opened as existing", "[database][openmode]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    rawExecAll(path, {QStringLiteral("VACUUM")});
    REQUIRE(QFileInfo(path).size() > 0);
    requireRefused(path, OpenMode::OpenExisting, QStringLiteral("no Medicinsikker tables"));
    requireRefused(path, OpenMode::ReadOnly, QStringLiteral("no Medicinsikker tables"));
}

TEST_CASE("A missing file is never created unless asked", "[database][openmode]") {
    QTemporaryDir dir;
    requireRefused(dir.filePath(QStringLiteral("missing.db")), OpenMode::OpenExisting, QStringLiteral("no database file"));
    requireRefused(dir.filePath(QStringLiteral("missing.db")), OpenMode::ReadOnly, QStringLiteral("no database file"));
    auto created = Database::open(dir.filePath(QStringLiteral("missing.db")), OpenMode::CreateOrMigrate);
    REQUIRE(created.ok());
    CHECK((*created)->schemaVersion().value() == Database::supportedSchemaVersion());
}

TEST_CASE("OpenExisting opens and migrates a real older database", "[database][openmode][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId) << dialect.setSchemaVersionSql(1);
    rawExecAll(path, statements);

    SECTION("read-only: reported as version 1, would migrate, file unchanged, no -wal/-shm") {
        const QByteArray before = fileBytes(path);
        {
            auto db = Database::open(path, OpenMode::ReadOnly);
            INFO((db.ok() ? QString() : db.error().message).toStdString());
            REQUIRE(db.ok());
            CHECK((*db)->isReadOnly());
            auto report = (*db)->checkReport();
            REQUIRE(report.ok());
            CHECK(report->schemaVersion == 1);
            CHECK(report->wouldMigrate());
            CHECK(report->readOnly);
            CHECK(report->integrityOk);
            CHECK_FALSE(hasSidecarFiles(path));
        }
        CHECK(fileBytes(path) == before);
        CHECK_FALSE(hasSidecarFiles(path));
    }
    SECTION("opened to work in: migrated, as before") {
        auto db = Database::open(path, OpenMode::OpenExisting);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion().value() == Database::supportedSchemaVersion());
    }
}

TEST_CASE("A read-only database refuses writes", "[database][openmode]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.db"));
    { addBotilbud(*fileDb(path)); }
    const QByteArray before = fileBytes(path);
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        REQUIRE(db.ok());
        CHECK(BotilbudRepository(**db).all().value().size() == 1);
        CHECK_FALSE(BotilbudRepository(**db)
                        .add(Botilbud{{}, QStringLiteral("Ny"), QStringLiteral("Aarhus"), 3, QDate(2020, 1, 1)})
                        .ok());
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(hasSidecarFiles(path));
}

TEST_CASE("The full integrity check sees a row that no longer matches its index", "[database][openmode]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flipped.db"));
    {
        auto db = fileDb(path);
        Incident incident;
        incident.botilbudId = addBotilbud(*db);
        incident.occurredDate = QDate(2021, 2, 3);
        incident.description = QStringLiteral("MARKER-FLIPPED-ROW");
        REQUIRE(IncidentRepository(*db).add(incident).ok());
    }
    QByteArray bytes = fileBytes(path);
    const qsizetype marker = bytes.indexOf("MARKER-FLIPPED-ROW");
    REQUIRE(marker > 0);
    // occurred_date sits before the description in the table row; the index holds its own copy.
    const qsizetype date = bytes.lastIndexOf("2021-02-03", marker);
    REQUIRE(date > 0);
    bytes[date + 3] = '9'; // 2021 -> 2029, same length: the record stays well-formed
    writeFile(path, bytes);

    auto db = Database::open(path, OpenMode::ReadOnly); // quick_check would pass: not used here
    REQUIRE(db.ok());
    auto report = (*db)->checkReport();
    REQUIRE(report.ok());
    CHECK_FALSE(report->integrityOk);
    CHECK(report->integrity.contains(QStringLiteral("missing from index")));
}

TEST_CASE("Database files are 0600 and their -wal/-shm files too", "[database][permissions]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.db"));
    auto db = fileDb(path);
    addBotilbud(*db);
    CHECK(modeOf(path) == 0600);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    REQUIRE(db->backupTo(backup).ok());
    CHECK(modeOf(backup) == 0600);
}

TEST_CASE("The data folder is made 0700, with its missing parents", "[database][permissions]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b/Medicinsikker"));
    REQUIRE(Database::ensurePrivateFolder(folder).ok());
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("a"))) == 0700);
    // An existing, too open folder is narrowed.
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther));
    REQUIRE(Database::ensurePrivateFolder(folder).ok());
    CHECK(modeOf(folder) == 0700);
}
