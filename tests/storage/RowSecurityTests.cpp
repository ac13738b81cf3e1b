// Row-level security on a server (issue 14, item 3): each person signs in as their own
// PostgreSQL login; the database itself lets a botilbud's people read and write only that
// botilbud's rows (a PS! consultant reads every botilbud), lets only the tovholder change
// people, roles and accounts, and lets nobody write the audit trail but its trigger — even
// with raw SQL. Runs only in storage_tests_postgres.
#include "StorageTestSupport.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

using namespace medsafe;
using namespace medsafe::storage;
using namespace medsafe::domain;

namespace {

struct Kommune {
    ServerAddress owner;
    std::unique_ptr<Database> admin;
    BotilbudId a;
    BotilbudId b;
    IncidentId incidentA;
    IncidentId incidentB;

    Kommune() {
        auto address = testing::newScratchSchema();
        REQUIRE(address.ok());
        owner = *address;
        auto db = Database::openServer(owner, OpenMode::CreateOrMigrate);
        REQUIRE(db.ok());
        admin = std::move(db.value());
        a = test::addBotilbud(*admin, QStringLiteral("Lærkehøj"));
        b = test::addBotilbud(*admin, QStringLiteral("Solsikken"));
        incidentA = addIncident(a, QStringLiteral("Lærkehøjs hændelse"));
        incidentB = addIncident(b, QStringLiteral("Solsikkens hændelse"));
    }

    IncidentId addIncident(BotilbudId botilbud, const QString& text) {
        Incident incident;
        incident.botilbudId = botilbud;
        incident.occurredDate = QDate(2024, 3, 4);
        incident.description = text;
        auto id = IncidentRepository(*admin).add(incident);
        REQUIRE(id.ok());
        return *id;
    }

    // A person of `botilbud` with `roles` and a login role of their own; returns the login.
    QString addLogin(BotilbudId botilbud, PersonRoles roles) {
        static int counter = 0;
        const QString login =
            QStringLiteral("ms_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        Person person;
        person.botilbudId = botilbud;
        person.name = login;
        person.roles = roles;
        auto id = PersonRepository(*admin).add(person);
        REQUIRE(id.ok());
        Account account;
        account.personId = *id;
        account.login = login;
        account.createdAt = QDateTime::currentDateTimeUtc();
        REQUIRE(AccountRepository(*admin).add(account).ok());
        REQUIRE(testing::runOnScratch(
                    owner, {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'kodeord-%1'").arg(login)})
                    .ok());
        return login;
    }

    std::unique_ptr<Database> signIn(const QString& login) {
        ServerAddress address = owner;
        address.user = login;
        address.password = QStringLiteral("kodeord-") + login;
        auto db = Database::openServer(address, OpenMode::OpenExisting);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        return std::move(db.value());
    }
};

QStringList descriptions(Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT description FROM incident ORDER BY id")));
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found;
}

bool runs(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

TEST_CASE("A botilbud's staff read and write only their own botilbud's rows, even with raw SQL",
          "[server][rls]") {
    REQUIRE(testing::scratchIsServer());
    Kommune kommune;
    auto staffA = kommune.signIn(kommune.addLogin(kommune.a, PersonRole::Staff));

    CHECK(descriptions(*staffA) == QStringList{QStringLiteral("Lærkehøjs hændelse")});
    // Botilbud B's incident is not there to change or delete.
    QSqlQuery update(staffA->connection());
    REQUIRE(update.exec(
        QStringLiteral("UPDATE incident SET description = 'x' WHERE id = %1").arg(kommune.incidentB.value)));
    CHECK(update.numRowsAffected() == 0);
    QSqlQuery remove(staffA->connection());
    REQUIRE(remove.exec(QStringLiteral("DELETE FROM incident WHERE botilbud_id = %1").arg(kommune.b.value)));
    CHECK(remove.numRowsAffected() == 0);
    // Nor may a row be written into botilbud B.
    Incident planted;
    planted.botilbudId = kommune.b;
    planted.occurredDate = QDate(2024, 3, 5);
    planted.description = QStringLiteral("plantet");
    CHECK_FALSE(IncidentRepository(*staffA).add(planted).ok());
    // Their own botilbud works, and the trail names their login.
    planted.botilbudId = kommune.a;
    REQUIRE(IncidentRepository(*staffA).add(planted).ok());
    AuditQuery query;
    query.tables = {QStringLiteral("incident")};
    auto seen = AuditRepository(*staffA).entries(query);
    REQUIRE(seen.ok());
    REQUIRE_FALSE(seen->isEmpty());
    CHECK(seen->first().actor == staffA->server()->user);
    for (const AuditEntry& entry : *seen)
        CHECK(entry.botilbudId == kommune.a.value); // B's history is hidden as well

    auto admin = AuditRepository(*kommune.admin).verifyChain();
    REQUIRE(admin.ok());
    CHECK(admin->holds());
}

TEST_CASE("Nobody but the trigger writes the audit trail on a server", "[server][rls]") {
    REQUIRE(testing::scratchIsServer());
    Kommune kommune;
    auto tovholder = kommune.signIn(kommune.addLogin(kommune.a, PersonRole::Tovholder));
    CHECK_FALSE(runs(*tovholder, QStringLiteral("UPDATE audit_entry SET actor = 'x'")));
    CHECK_FALSE(runs(*tovholder, QStringLiteral("DELETE FROM audit_entry")));
    CHECK_FALSE(runs(*tovholder,
                     QStringLiteral("INSERT INTO audit_entry (changed_at, actor, table_name, row_key,"
                                    " action, prev_hash, entry_hash) VALUES ('', '', '', '', '', '', '')")));
    CHECK_FALSE(runs(*tovholder, QStringLiteral("ALTER TABLE incident DISABLE TRIGGER audit_incident")));
    // Pretending to copy does not switch recording off for anyone but the owner.
    REQUIRE(runs(*tovholder, QStringLiteral("SELECT set_config('medsafe.copying', 'on', false)")));
    const qint64 before = AuditRepository(*kommune.admin).verifyChain().value().entries;
    REQUIRE(runs(
        *tovholder,
        QStringLiteral("UPDATE incident SET learning = 'lært' WHERE id = %1").arg(kommune.incidentA.value)));
    CHECK(AuditRepository(*kommune.admin).verifyChain().value().entries == before + 1);
}

TEST_CASE("Only the tovholder changes people and roles; a consultant reads every botilbud", "[server][rls]") {
    REQUIRE(testing::scratchIsServer());
    Kommune kommune;
    auto member = kommune.signIn(kommune.addLogin(kommune.a, PersonRole::WorkingGroupMember));
    auto tovholder = kommune.signIn(kommune.addLogin(kommune.a, PersonRole::Tovholder));
    auto consultant = kommune.signIn(kommune.addLogin(kommune.a, PersonRole::PsConsultant));

    CHECK_FALSE(
        runs(*member, QStringLiteral("INSERT INTO person_role (person_id, role) SELECT person_id, 'tovholder'"
                                     " FROM account WHERE login = session_user")));
    Person newcomer;
    newcomer.botilbudId = kommune.a;
    newcomer.name = QStringLiteral("Ny medarbejder");
    newcomer.roles = PersonRole::Staff;
    CHECK_FALSE(PersonRepository(*member).add(newcomer).ok());
    CHECK(PersonRepository(*tovholder).add(newcomer).ok());
    newcomer.botilbudId = kommune.b;
    CHECK_FALSE(PersonRepository(*tovholder).add(newcomer).ok());

    CHECK(descriptions(*consultant).size() == 2);
}

TEST_CASE("A server login finds its own account but reads no password hash", "[server][rls]") {
    REQUIRE(testing::scratchIsServer());
    Kommune kommune;
    const QString login = kommune.addLogin(kommune.a, PersonRole::Tovholder);
    auto account = AccountRepository(*kommune.admin).byLogin(login);
    REQUIRE(account.ok());
    REQUIRE(account->has_value());
    domain::Account withHash = **account;
    withHash.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$pushed-from-a-file");
    // The hash is written as the owner writes it (a push from a file carries them).
    QSqlQuery write(kommune.admin->connection());
    REQUIRE(write.exec(QStringLiteral("UPDATE account SET password_hash = '%1' WHERE login = '%2'")
                           .arg(withHash.passwordHash, login)));
    auto tovholder = kommune.signIn(login);
    auto own = AccountRepository(*tovholder).byLogin(login);
    REQUIRE(own.ok());
    REQUIRE(own->has_value());
    CHECK((*own)->passwordHash.isEmpty());
    CHECK_FALSE(runs(*tovholder, QStringLiteral("SELECT password_hash FROM account")));
}
