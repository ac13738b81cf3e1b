// Schema migrations step by step: a database left at version 1 with data in it is brought to
// the newest version without losing a row, and migration 2's package keys are filled in.
#include "StorageTestSupport.h"
#include "storage/AuditRepository.h"
#include "storage/CompetenceRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceivedPackageRepository.h"
#include "storage/Schema.h"
#include "storage/SigningKeyRepository.h"
#include "storage/SqlDialect.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

// A version-1 database file with two botilbud and a monthly report, written with migration
// 1's own statements (the released schema, never the current one).
void createVersion1Database(const QString& path) {
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId) << dialect.setSchemaVersionSql(1);
    statements << QStringLiteral("INSERT INTO botilbud (id, name, municipality, resident_count, created_date)"
                                 " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01'),"
                                 " (2, 'Solsikken', 'Odense', 8, '2020-04-01')");
    statements << QStringLiteral(
        "INSERT INTO monthly_report (botilbud_id, report_month, status, went_well, barriers, support_needed,"
        " plan_next_month, self_score, consultant_feedback, sent_date, feedback_date, updated_at)"
        " VALUES (1, '2021-02-01', 'sent', 'Godt', 'Tid', 'Hjælp', 'Mere', 4, '', '2021-03-02', NULL,"
        " '2021-03-02T10:00:00Z')");
    rawExecAll(path, statements);
}

} // namespace

// Schema version 4 (row versions) since issue 13; the test keeps its intent: a fresh
// database is at the newest version and has the package tables.
TEST_CASE("A fresh database is at the newest schema version with the package tables",
          "[database][migration]") {
    auto db = memoryDb();
    CHECK(db->schemaVersion().value() == 8);
    CHECK(Database::supportedSchemaVersion() == 8);
    CHECK(Schema::tableNames().contains(QStringLiteral("qa_visit")));
    CHECK(Schema::tableNames().contains(QStringLiteral("workflow_step")));
    CHECK(Schema::tableNames().contains(QStringLiteral("spread_plan")));
    CHECK(Schema::tableNames().contains(QStringLiteral("received_package")));
    CHECK(Schema::tableNames().contains(QStringLiteral("signing_key")));
    CHECK(Schema::tableNames().contains(QStringLiteral("trusted_signer")));
    auto report = db->checkReport();
    REQUIRE(report.ok());
    CHECK(report->tables.size() == Schema::tableNames().size());
}

TEST_CASE("A version-1 database with data is upgraded, keeps its rows and gets package keys",
          "[database][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.medsafe"));
    createVersion1Database(path);

    QStringList keys;
    {
        auto db = fileDb(path);
        CHECK(db->schemaVersion().value() == Database::supportedSchemaVersion());
        const auto homes = BotilbudRepository(*db).all().value();
        REQUIRE(homes.size() == 2);
        for (const Botilbud& home : homes) {
            CHECK_FALSE(QUuid::fromString(home.packageKey).isNull());
            CHECK(home.origin == BotilbudOrigin::Local);
            keys << home.packageKey;
        }
        CHECK(keys.at(0) != keys.at(1));
        CHECK(homes.at(0).name == QStringLiteral("Lærkehøj"));
        CHECK(homes.at(0).residentCount == 12);
        const auto report = MonthlyReportRepository(*db).forMonth(BotilbudId{1}, QDate(2021, 2, 1)).value();
        REQUIRE(report.has_value());
        CHECK(report->wentWell == QStringLiteral("Godt"));
        CHECK(report->selfScore == 4);
        CHECK(report->status == ReportStatus::Sent);
        CHECK(ReceivedPackageRepository(*db).allMonths().value().isEmpty());
        const auto found = BotilbudRepository(*db).byPackageKey(keys.at(1)).value();
        REQUIRE(found.has_value());
        CHECK(found->name == QStringLiteral("Solsikken"));
    }

    // Opening again runs nothing: same keys, same bytes.
    const QByteArray before = fileBytes(path);
    {
        auto db = fileDb(path);
        QStringList again;
        const auto homes = BotilbudRepository(*db).all().value();
        for (const Botilbud& home : homes)
            again << home.packageKey;
        CHECK(again == keys);
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Package keys are unique in a database", "[database][migration]") {
    auto db = memoryDb();
    BotilbudRepository repo(*db);
    Botilbud first{{}, QStringLiteral("A"), QStringLiteral("Aarhus"), 3, QDate(2020, 1, 1)};
    first.packageKey = QStringLiteral("6f1c7a52-1c1e-4b7e-9d2a-0d6f8e1b2c3d");
    REQUIRE(repo.add(first).ok());
    Botilbud second = first;
    second.name = QStringLiteral("B");
    CHECK_FALSE(repo.add(second).ok());
    CHECK(repo.all().value().size() == 1);
    CHECK_FALSE(repo.byPackageKey(QStringLiteral("no-such-key")).value().has_value());
}

TEST_CASE("Received packages: one per botilbud and month, replaced, listed", "[repository][package]") {
    auto db = memoryDb();
    const BotilbudId a = addBotilbud(*db, QStringLiteral("A"));
    const BotilbudId b = addBotilbud(*db, QStringLiteral("B"));
    ReceivedPackageRepository repo(*db);
    ReceivedPackage package{{},
                            a,
                            QDate(2021, 3, 1),
                            QStringLiteral("aa"),
                            QByteArray("{\"x\":\"æ\"}"),
                            QDateTime(QDate(2021, 4, 2), QTime(9, 0), Qt::UTC)};
    REQUIRE(repo.put(package).ok());
    package.sha256 = QStringLiteral("bb");
    auto replaced = repo.put(package);
    REQUIRE(replaced.ok());
    REQUIRE(repo.put({{}, a, QDate(2021, 1, 15), QStringLiteral("cc"), QByteArray("{}"), {}}).ok());
    REQUIRE(repo.put({{}, b, QDate(2021, 2, 1), QStringLiteral("dd"), QByteArray("{}"), {}}).ok());

    const auto stored = repo.forMonth(a, QDate(2021, 3, 1)).value();
    REQUIRE(stored.has_value());
    package.id = *replaced;
    CHECK(*stored == package);
    CHECK(repo.monthsOf(a).value() == QList<QDate>{QDate(2021, 1, 1), QDate(2021, 3, 1)});
    const auto all = repo.allMonths().value();
    REQUIRE(all.size() == 3);
    CHECK(all.at(2).botilbudId == b);
    CHECK_FALSE(repo.forMonth(b, QDate(2021, 3, 1)).value().has_value());

    // Removing the botilbud removes what it sent.
    REQUIRE(BotilbudRepository(*db).remove(a).ok());
    CHECK(repo.allMonths().value().size() == 1);
}

TEST_CASE(
    "A version-2 database with data and a received package is upgraded to the newest without losing a row",
    "[database][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.medsafe"));
    // A version-2 consultant database written with the released steps' own statements.
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId);
    statements << migration002PackageExchange().statements(dialect);
    statements << QStringLiteral(
        "INSERT INTO botilbud (id, name, municipality, resident_count, created_date, package_key, origin)"
        " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "'package')");
    statements << QStringLiteral(
        "INSERT INTO received_package (botilbud_id, report_month, sha256, payload, received_on)"
        " VALUES (1, '2021-09-01', 'abc', '{\"version\":1}', '2021-10-05T08:00:00Z')");
    statements << dialect.setSchemaVersionSql(2);
    rawExecAll(path, statements);

    {
        auto db = fileDb(path);
        CHECK(db->schemaVersion().value() == 8);
        const auto homes = BotilbudRepository(*db).all().value();
        REQUIRE(homes.size() == 1);
        CHECK(homes.at(0).packageKey == QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
        CHECK(homes.at(0).origin == BotilbudOrigin::Package);
        const auto received =
            ReceivedPackageRepository(*db).forMonth(BotilbudId{1}, QDate(2021, 9, 1)).value();
        REQUIRE(received.has_value());
        CHECK(received->payload == QByteArray("{\"version\":1}"));
        auto report = db->checkReport();
        REQUIRE(report.ok());
        CHECK(report->tables.size() == Schema::tableNames().size());

        // The new tables start empty and work: the key pair is made when first needed.
        SigningKeyRepository keys(*db);
        CHECK_FALSE(keys.ownKeyPair().value().has_value());
        CHECK(keys.allTrusted().value().isEmpty());
        REQUIRE(keys.putOwnKeyPair({QByteArray(32, 'p'), QByteArray(64, 's'), QDate(2026, 12, 2)}).ok());
        CHECK_FALSE(keys.putOwnKeyPair({QByteArray(32, 'q'), QByteArray(64, 't'), QDate(2026, 12, 2)}).ok());
        CHECK(keys.ownKeyPair().value()->publicKey == QByteArray(32, 'p'));
        REQUIRE(keys.putTrusted({QStringLiteral("0F8FAD5B-D9CB-469F-A165-70867728950E"),
                                 QStringLiteral("Lærkehøj"), QByteArray(32, 'k'),
                                 QStringLiteral("AAAA-BBBB-CCCC-DDDD"), QDate(2026, 12, 2)})
                    .ok());
        REQUIRE(keys.putTrusted({QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                                 QStringLiteral("Lærkehøj"), QByteArray(32, 'm'),
                                 QStringLiteral("EEEE-BBBB-CCCC-DDDD"), QDate(2026, 12, 3)})
                    .ok());
        const auto trusted = keys.trusted(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")).value();
        REQUIRE(trusted.has_value());
        CHECK(trusted->publicKey == QByteArray(32, 'm'));
        CHECK(keys.allTrusted().value().size() == 1);
    }
    // Opening again runs nothing.
    const QByteArray before = fileBytes(path);
    { auto db = fileDb(path); }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A version-3 database is upgraded to row versions: every stored row starts at version 1",
          "[database][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.medsafe"));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId);
    statements << migration002PackageExchange().statements(dialect)
               << migration003PackageSigning().statements(dialect);
    statements << QStringLiteral(
        "INSERT INTO botilbud (id, name, municipality, resident_count, created_date, package_key, origin)"
        " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "'local')");
    statements << QStringLiteral(
        "INSERT INTO incident (id, botilbud_id, occurred_date, stage, error_type, actual_consequence,"
        " possible_consequence, overall_category, reached_citizen, required_doctor_contact, description,"
        " immediate_action, learning, status, updated_at) VALUES (7, 1, '2021-03-04', 'administration',"
        " 'not_given', 'none', 'mild', 'no_consequence', 0, 0, 'Aftenmedicin ikke givet', '', '', 'new',"
        " '2021-03-04T20:00:00Z')");
    statements << dialect.setSchemaVersionSql(3);
    rawExecAll(path, statements);

    auto db = fileDb(path);
    CHECK(db->schemaVersion().value() == Database::supportedSchemaVersion());
    auto incident = IncidentRepository(*db).get(IncidentId{7});
    REQUIRE(incident.ok());
    CHECK(incident->rowVersion.value == 1);
    incident->learning = QStringLiteral("Alarm på telefonen.");
    REQUIRE(IncidentRepository(*db).update(*incident).ok());
    CHECK(IncidentRepository(*db).get(IncidentId{7})->rowVersion.value == 2);
}

TEST_CASE("A version-5 database with data gets the audit trail: no entries for the old rows, every change "
          "after the upgrade recorded and chained",
          "[database][migration][audit]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.medsafe"));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId);
    statements << migration002PackageExchange().statements(dialect)
               << migration003PackageSigning().statements(dialect)
               << migration004RowVersions().statements(dialect)
               << migration005PersonDates().statements(dialect);
    statements << QStringLiteral(
        "INSERT INTO botilbud (id, name, municipality, resident_count, created_date, package_key, origin)"
        " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "'local')");
    statements << QStringLiteral("INSERT INTO person (id, botilbud_id, name, handles_medicine, email, active)"
                                 " VALUES (3, 1, 'Karen Dahl', 1, '', 1)");
    statements << dialect.setSchemaVersionSql(5);
    rawExecAll(path, statements);

    auto db = fileDb(path);
    CHECK(db->schemaVersion().value() == Database::supportedSchemaVersion());
    CHECK(AuditRepository(*db).verifyChain().value().entries == 0); // history starts with schema 6
    auto person = PersonRepository(*db).get(PersonId{3});
    REQUIRE(person.ok());
    person->email = QStringLiteral("karen@botilbud.invalid");
    REQUIRE(PersonRepository(*db).update(*person).ok());
    AuditQuery query;
    query.tables = {QStringLiteral("person")};
    const auto entries = AuditRepository(*db).entries(query).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == QStringLiteral("update"));
    CHECK(entries.first().oldValues.contains(QStringLiteral("Karen Dahl")));
    CHECK(entries.first().newValues.contains(QStringLiteral("karen@botilbud.invalid")));
    CHECK(AuditRepository(*db).verifyChain().value().holds());
}

TEST_CASE("A version-6 database with training keeps it at the newest version, and the trail records the new columns",
          "[database][migration][pharmacy]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.medsafe"));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId);
    statements << migration002PackageExchange().statements(dialect)
               << migration003PackageSigning().statements(dialect)
               << migration004RowVersions().statements(dialect)
               << migration005PersonDates().statements(dialect)
               << migration006AccountsAndAudit().statements(dialect);
    statements << QStringLiteral(
        "INSERT INTO botilbud (id, name, municipality, resident_count, created_date, package_key, origin)"
        " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "'local')");
    statements << QStringLiteral("INSERT INTO person (id, botilbud_id, name, handles_medicine, email, active)"
                                 " VALUES (3, 1, 'Karen Dahl', 1, '', 1)");
    statements << QStringLiteral("INSERT INTO competence_topic (id, botilbud_id, code, name, sort_order)"
                                 " VALUES (4, 1, 'delegation', 'Delegation', 1)");
    statements << QStringLiteral("INSERT INTO training_record (id, person_id, course, provider, completed_date,"
                                 " refresher_due, note) VALUES (5, 3, 'Medicinkursus', 'pharmacy', '2021-02-01',"
                                 " NULL, '')");
    statements << dialect.setSchemaVersionSql(6);
    rawExecAll(path, statements);

    auto db = fileDb(path);
    CHECK(db->schemaVersion().value() == 8);
    CompetenceRepository competence(*db);
    auto training = competence.trainingFor(PersonId{3}).value();
    REQUIRE(training.size() == 1);
    CHECK(training.first().course == QStringLiteral("Medicinkursus"));
    CHECK_FALSE(training.first().agreementId);
    CHECK_FALSE(training.first().topicId);
    auto topics = competence.topics(BotilbudId{1}).value();
    REQUIRE(topics.size() == 1);
    CHECK_FALSE(topics.first().refresherMonths);

    TrainingRecord linked = training.first();
    linked.topicId = CompetenceTopicId{4};
    REQUIRE(competence.updateTraining(linked).ok());
    CHECK(competence.trainingFor(PersonId{3}).value().first().topicId == CompetenceTopicId{4});
    AuditQuery query;
    query.tables = {QStringLiteral("training_record")};
    const auto entries = AuditRepository(*db).entries(query).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().newValues.contains(QStringLiteral("\"topic_id\":4")));
    CHECK(AuditRepository(*db).verifyChain().value().holds());
}

TEST_CASE("A version-7 database with a change idea gets the phase 1 and 3 tables, and the trail records the "
          "idea's spread key",
          "[database][migration][spread]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.medsafe"));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    QStringList statements = migration001InitialSchema().statements(dialect);
    statements << dialect.markAsMedicinsikkerSql(Database::kApplicationId);
    statements << migration002PackageExchange().statements(dialect)
               << migration003PackageSigning().statements(dialect)
               << migration004RowVersions().statements(dialect)
               << migration005PersonDates().statements(dialect)
               << migration006AccountsAndAudit().statements(dialect)
               << migration007Pharmacy().statements(dialect);
    statements << QStringLiteral(
        "INSERT INTO botilbud (id, name, municipality, resident_count, created_date, package_key, origin)"
        " VALUES (1, 'Lærkehøj', 'Aarhus', 12, '2020-03-01', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "'local')");
    statements << QStringLiteral("INSERT INTO change_idea (id, botilbud_id, driver_id, title, description)"
                                 " VALUES (7, 1, NULL, 'Dobbeltkontrol', 'To kolleger tjekker')");
    statements << dialect.setSchemaVersionSql(7);
    rawExecAll(path, statements);

    auto db = fileDb(path);
    CHECK(db->schemaVersion().value() == 8);
    ImprovementRepository improvement(*db);
    auto ideas = improvement.changeIdeas(BotilbudId{1}).value();
    REQUIRE(ideas.size() == 1);
    CHECK(ideas.first().title == QStringLiteral("Dobbeltkontrol"));
    CHECK(ideas.first().spreadKey.isEmpty());

    REQUIRE(improvement.setSpreadKey(ChangeIdeaId{7}, QStringLiteral("b3c1-key")).ok());
    CHECK(improvement.changeIdeas(BotilbudId{1}).value().first().spreadKey == QStringLiteral("b3c1-key"));
    // An ordinary edit keeps the key.
    ChangeIdea edited = improvement.changeIdeas(BotilbudId{1}).value().first();
    edited.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    edited.spreadKey.clear();
    REQUIRE(improvement.updateChangeIdea(edited).ok());
    CHECK(improvement.changeIdeas(BotilbudId{1}).value().first().spreadKey == QStringLiteral("b3c1-key"));

    AuditQuery query;
    query.tables = {QStringLiteral("change_idea")};
    const auto entries = AuditRepository(*db).entries(query).value();
    REQUIRE(entries.size() == 2);
    bool keyRecorded = false;
    for (const auto& entry : entries)
        keyRecorded = keyRecorded || entry.newValues.contains(QStringLiteral("\"spread_key\":\"b3c1-key\""));
    CHECK(keyRecorded);
    CHECK(AuditRepository(*db).verifyChain().value().holds());

    // The new tables exist and are empty.
    auto report = db->checkReport();
    REQUIRE(report.ok());
    CHECK(report->tables.size() == Schema::tableNames().size());
}
