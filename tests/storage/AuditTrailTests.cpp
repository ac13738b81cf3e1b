// The audit trail (issue 14, item 4): every insert, update and delete is recorded by the
// database's triggers, in the same transaction, with who, when, which row and the old and new
// values; the entries form a SHA-256 chain, so an entry changed or removed afterwards is named
// by verifyChain(). Runs on both engines (storage_tests_postgres: a scratch schema).
#include "StorageTestSupport.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::storage;
using namespace medsafe::domain;

namespace {

Person nurse(BotilbudId botilbud, const QString& name = QStringLiteral("Birthe Holm")) {
    Person person;
    person.botilbudId = botilbud;
    person.name = name;
    person.roles = PersonRole::WorkingGroupMember;
    person.handlesMedicine = true;
    return person;
}

QList<AuditEntry> trailOf(Database& db, const QString& table) {
    AuditQuery query;
    query.tables = {table};
    auto entries = AuditRepository(db).entries(query);
    REQUIRE(entries.ok());
    return *entries;
}

QJsonObject json(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void execOn(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("Insert, update and delete are recorded with who, which row, and the old and new values",
          "[audit]") {
    auto db = test::memoryDb();
    db->setAuditActor(QStringLiteral("tove"));
    const auto botilbud = test::addBotilbud(*db);
    PersonRepository people(*db);
    auto id = people.add(nurse(botilbud));
    REQUIRE(id.ok());
    Person changed = nurse(botilbud, QStringLiteral("Birthe Holm Jensen"));
    changed.id = *id;
    REQUIRE(people.update(changed).ok());
    REQUIRE(people.remove(*id).ok());

    const auto entries = trailOf(*db, QStringLiteral("person"));
    REQUIRE(entries.size() == 3); // newest first
    CHECK(entries[2].action == QStringLiteral("insert"));
    CHECK(entries[1].action == QStringLiteral("update"));
    CHECK(entries[0].action == QStringLiteral("delete"));
    for (const AuditEntry& entry : entries) {
        CHECK(entry.rowKey == QString::number(id->value));
        CHECK(entry.botilbudId == botilbud.value);
        // A server names its login, whatever the client says; a file names the signed-in login.
        if (!db->isServer()) CHECK(entry.actor == QStringLiteral("tove"));
        CHECK(QDateTime::fromString(entry.changedAt, Qt::ISODateWithMs).isValid());
        CHECK(entry.changedAt.endsWith(QLatin1Char('Z')));
    }
    CHECK(entries[2].oldValues.isEmpty());
    CHECK(json(entries[2].newValues).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Birthe Holm"));
    CHECK(json(entries[1].oldValues).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Birthe Holm"));
    CHECK(json(entries[1].newValues).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Birthe Holm Jensen"));
    CHECK(json(entries[0].oldValues).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Birthe Holm Jensen"));
    CHECK(entries[0].newValues.isEmpty());

    auto verdict = AuditRepository(*db).verifyChain();
    REQUIRE(verdict.ok());
    CHECK(verdict->holds());
    CHECK(verdict->entries >= 4); // the botilbud, and the person's three (roles add more)
    CHECK(verdict->headHash.size() == 64);
}

TEST_CASE("A change rolled back leaves no audit entry; a committed one leaves its entry", "[audit]") {
    auto db = test::memoryDb();
    const auto botilbud = test::addBotilbud(*db);
    const auto before = AuditRepository(*db).verifyChain().value().entries;
    {
        Transaction tx(*db);
        REQUIRE(PersonRepository(*db).add(nurse(botilbud)).ok());
        // no commit: rolled back when tx ends
    }
    CHECK(AuditRepository(*db).verifyChain().value().entries == before);
    REQUIRE(PersonRepository(*db).add(nurse(botilbud)).ok());
    CHECK(AuditRepository(*db).verifyChain().value().entries > before);
}

TEST_CASE("An audit entry changed afterwards is named by the chain check", "[audit]") {
    auto db = test::memoryDb();
    const auto botilbud = test::addBotilbud(*db);
    PersonRepository people(*db);
    for (const char* name : {"Anna", "Bo", "Carl", "Dorte"})
        REQUIRE(people.add(nurse(botilbud, QString::fromLatin1(name))).ok());
    auto intact = AuditRepository(*db).verifyChain();
    REQUIRE(intact.ok());
    REQUIRE(intact->holds());

    const auto entries = trailOf(*db, QStringLiteral("person"));
    REQUIRE(entries.size() == 4);
    const qint64 victim = entries[2].id; // Bo's insert
    execOn(*db, QStringLiteral(
                    "UPDATE audit_entry SET new_values = replace(new_values, 'Bo', 'Bent') WHERE id = %1")
                    .arg(victim));
    auto verdict = AuditRepository(*db).verifyChain();
    REQUIRE(verdict.ok());
    CHECK_FALSE(verdict->holds());
    CHECK(verdict->firstBrokenId == victim);
    CHECK(verdict->problem.contains(QStringLiteral("do not match its hash")));
}

TEST_CASE("An audit entry removed afterwards is found at the entry after the gap", "[audit]") {
    auto db = test::memoryDb();
    const auto botilbud = test::addBotilbud(*db);
    PersonRepository people(*db);
    for (const char* name : {"Anna", "Bo", "Carl"})
        REQUIRE(people.add(nurse(botilbud, QString::fromLatin1(name))).ok());
    const auto entries = trailOf(*db, QStringLiteral("person"));
    REQUIRE(entries.size() == 3);
    execOn(*db, QStringLiteral("DELETE FROM audit_entry WHERE id = %1").arg(entries[1].id));
    auto verdict = AuditRepository(*db).verifyChain();
    REQUIRE(verdict.ok());
    CHECK(verdict->firstBrokenId > entries[1].id);
    CHECK(verdict->problem.contains(QStringLiteral("was removed or changed")));
}

TEST_CASE("An anonymous incident report is recorded without its reporter's login", "[audit]") {
    auto db = test::memoryDb();
    db->setAuditActor(QStringLiteral("staff1"));
    const auto botilbud = test::addBotilbud(*db);
    Incident incident;
    incident.botilbudId = botilbud;
    incident.occurredDate = QDate(2024, 2, 3);
    incident.description = QStringLiteral("Dosis givet for sent");
    {
        Transaction tx(*db);
        REQUIRE(db->setAnonymousIncident(true).ok());
        REQUIRE(IncidentRepository(*db).add(incident).ok());
        REQUIRE(db->setAnonymousIncident(false).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(IncidentRepository(*db).add(incident).ok()); // with a name
    const auto entries = trailOf(*db, QStringLiteral("incident"));
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].actor == QStringLiteral("anonym"));
    CHECK(entries[0].actor != QStringLiteral("anonym"));
    CHECK(AuditRepository(*db).verifyChain().value().holds());
}

TEST_CASE("Password hashes never reach the audit trail", "[audit]") {
    auto db = test::memoryDb();
    const auto botilbud = test::addBotilbud(*db);
    auto person = PersonRepository(*db).add(nurse(botilbud));
    REQUIRE(person.ok());
    Account account;
    account.personId = *person;
    account.login = QStringLiteral("birthe");
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$secret-looking");
    account.createdAt = QDateTime::currentDateTimeUtc();
    REQUIRE(AccountRepository(*db).add(account).ok());
    const auto entries = trailOf(*db, QStringLiteral("account"));
    REQUIRE(entries.size() == 1);
    CHECK(json(entries[0].newValues).value(QStringLiteral("login")).toString() == QStringLiteral("birthe"));
    CHECK_FALSE(entries[0].newValues.contains(QStringLiteral("argon2id")));
    CHECK_FALSE(json(entries[0].newValues).contains(QStringLiteral("password_hash")));
}

TEST_CASE("A bare SQLite connection cannot change an audited table behind the trail", "[audit]") {
    if (testing::scratchIsServer()) return; // the server's version: RowSecurityTests
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audited.medsafe"));
    {
        auto db = test::fileDb(path);
        test::addBotilbud(*db);
    }
    const QString name = QStringLiteral("bare");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE botilbud SET name = 'Andet'")));
        CHECK(q.lastError().text().contains(QStringLiteral("medsafe_audit_on")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(AuditRepository(**db).verifyChain().value().holds());
}
