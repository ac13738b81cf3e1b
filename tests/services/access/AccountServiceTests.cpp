// Sign-in on a file (issue 14, item 2): Argon2id hashes with the stated parameters, the
// tovholder's first account, wrong passwords, the lock-out and its end, resets by the tovholder
// only, password changes, and a retired person's closed account.
#include "../measures/MeasureFixture.h"
#include "services/access/AccountService.h"
#include "services/access/PasswordHashing.h"
#include "services/access/PasswordRules.h"
#include "storage/AccountRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using domain::PersonRole;

namespace {

const QString kTovholderPassword = QStringLiteral("Blaabaer-Torsdag-42");

struct SignedInHome {
    test::MeasureFixture f;
    storage::SessionIdentity tovholder;

    SignedInHome() {
        AccountService accounts(*f.db);
        REQUIRE(*accounts.needsFirstAccount());
        auto identity = accounts.createFirstAccount(
            {f.home, {}, QStringLiteral("Tove Tovholder"), QStringLiteral("tove"), kTovholderPassword});
        INFO((identity.ok() ? QString() : identity.error().display()).toStdString());
        REQUIRE(identity.ok());
        tovholder = *identity;
    }

    domain::PersonId addPerson(const QString& name, domain::PersonRoles roles) {
        domain::Person person;
        person.botilbudId = f.home;
        person.name = name;
        person.roles = roles;
        auto id = storage::PersonRepository(*f.db).add(person);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("Passwords are kept as Argon2id hashes with the stated cost, salted anew each time", "[accounts]") {
    auto first = PasswordHashing::hash(QStringLiteral("Kaffe-og-kage-2024"));
    auto second = PasswordHashing::hash(QStringLiteral("Kaffe-og-kage-2024"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    CHECK(*first != *second); // a fresh salt
    CHECK_FALSE(first->contains(QStringLiteral("Kaffe")));
    CHECK(PasswordHashing::verify(*first, QStringLiteral("Kaffe-og-kage-2024")));
    CHECK_FALSE(PasswordHashing::verify(*first, QStringLiteral("kaffe-og-kage-2024")));
    CHECK_FALSE(PasswordHashing::needsRehash(*first));
    CHECK(PasswordHashing::needsRehash(
        QStringLiteral("$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g")));
}

TEST_CASE("Password and login rules say what is wrong", "[accounts]") {
    CHECK_FALSE(PasswordRules::problem(QStringLiteral("kort"), QStringLiteral("tove")).isEmpty());
    CHECK_FALSE(PasswordRules::problem(QStringLiteral("tove12345678"), QStringLiteral("tove")).isEmpty());
    CHECK_FALSE(PasswordRules::problem(QStringLiteral("jensenjensen1"), QStringLiteral("tj"),
                                       QStringLiteral("Tove Jensen"))
                    .isEmpty());
    CHECK_FALSE(PasswordRules::problem(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("tj")).isEmpty());
    CHECK(PasswordRules::problem(kTovholderPassword, QStringLiteral("tove"), QStringLiteral("Tove Tovholder"))
              .isEmpty());
    CHECK(PasswordRules::loginProblem(QStringLiteral("tove.h")).isEmpty());
    CHECK_FALSE(PasswordRules::loginProblem(QStringLiteral("Tove")).isEmpty());
    CHECK_FALSE(PasswordRules::loginProblem(QStringLiteral("t")).isEmpty());
    CHECK_FALSE(PasswordRules::loginProblem(QStringLiteral("tove; DROP ROLE x")).isEmpty());
}

TEST_CASE("The first start creates the tovholder's account and signs her in; later only sign-in",
          "[accounts]") {
    if (testing::scratchIsServer()) return; // on a server the login roles are the accounts
    SignedInHome home;
    CHECK(home.tovholder.signedIn);
    CHECK(home.tovholder.roles.testFlag(PersonRole::Tovholder));
    CHECK(home.f.db->session().login == QStringLiteral("tove"));
    AccountService accounts(*home.f.db);
    CHECK_FALSE(*accounts.needsFirstAccount());
    auto again = accounts.createFirstAccount({home.f.home,
                                              {},
                                              QStringLiteral("Mallory"),
                                              QStringLiteral("mallory"),
                                              QStringLiteral("Mallorys-eget-kodeord")});
    CHECK_FALSE(again.ok());
    auto stored = storage::AccountRepository(*home.f.db).byLogin(QStringLiteral("tove"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->passwordHash.startsWith(QStringLiteral("$argon2id$")));
}

TEST_CASE("Five wrong passwords lock the account for 15 minutes; the right one then waits too",
          "[accounts]") {
    if (testing::scratchIsServer()) return;
    SignedInHome home;
    AccountService accounts(*home.f.db);
    accounts.signOut();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= AccountService::kMaxFailedAttempts; ++attempt) {
        auto refused = accounts.signIn(QStringLiteral("tove"), QStringLiteral("forkert-kodeord"), now);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().userMessage.contains(QStringLiteral("wrong")));
    }
    auto locked = accounts.signIn(QStringLiteral("tove"), kTovholderPassword, now.addSecs(60));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().userMessage.contains(QStringLiteral("locked")));
    CHECK_FALSE(home.f.db->session().signedIn);
    auto later = accounts.signIn(QStringLiteral("tove"), kTovholderPassword,
                                 now.addSecs(AccountService::kLockMinutes * 60 + 1));
    REQUIRE(later.ok());
    CHECK(storage::AccountRepository(*home.f.db).byLogin(QStringLiteral("tove")).value()->failedAttempts ==
          0);
}

TEST_CASE("An unknown login and a wrong password get the same answer", "[accounts]") {
    if (testing::scratchIsServer()) return;
    SignedInHome home;
    AccountService accounts(*home.f.db);
    auto unknown = accounts.signIn(QStringLiteral("ukendt"), kTovholderPassword);
    auto wrong = accounts.signIn(QStringLiteral("tove"), QStringLiteral("forkert-kodeord"));
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(wrong.ok());
    CHECK(unknown.error().userMessage == wrong.error().userMessage);
}

TEST_CASE("The tovholder creates accounts and resets passwords; a member may not", "[accounts]") {
    if (testing::scratchIsServer()) return;
    SignedInHome home;
    AccountService accounts(*home.f.db);
    const auto member = home.addPerson(QStringLiteral("Mads Medlem"), PersonRole::WorkingGroupMember);
    const auto staff = home.addPerson(QStringLiteral("Sofie Staff"), PersonRole::Staff);
    REQUIRE(accounts.createAccount(member, QStringLiteral("mads"), QStringLiteral("Midlertidig-123")).ok());
    CHECK_FALSE(accounts.createAccount(staff, QStringLiteral("mads"), QStringLiteral("Midlertidig-456"))
                    .ok()); // taken

    auto signedIn = accounts.signIn(QStringLiteral("mads"), QStringLiteral("Midlertidig-123"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn->mustChangePassword);
    auto refused = accounts.createAccount(staff, QStringLiteral("sofie"), QStringLiteral("Midlertidig-789"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().forbidden);
    CHECK_FALSE(accounts.resetPassword(home.tovholder.person, QStringLiteral("Overtaget-kodeord-1")).ok());

    CHECK_FALSE(
        accounts.changePassword(QStringLiteral("forkert"), QStringLiteral("Mads-nye-kodeord-1")).ok());
    REQUIRE(accounts.changePassword(QStringLiteral("Midlertidig-123"), QStringLiteral("Hemmelig-Solsort-7"))
                .ok());
    CHECK_FALSE(home.f.db->session().mustChangePassword);

    // Locked out, then reset by the tovholder: the lock is lifted and a new password is due.
    for (int i = 0; i < AccountService::kMaxFailedAttempts; ++i)
        (void)accounts.signIn(QStringLiteral("mads"), QStringLiteral("forkert-kodeord"));
    REQUIRE(accounts.signIn(QStringLiteral("tove"), kTovholderPassword).ok());
    REQUIRE(accounts.resetPassword(member, QStringLiteral("Nulstillet-Ravn-3")).ok());
    auto afterReset = accounts.signIn(QStringLiteral("mads"), QStringLiteral("Nulstillet-Ravn-3"));
    REQUIRE(afterReset.ok());
    CHECK(afterReset->mustChangePassword);
}

TEST_CASE("A retired person cannot sign in", "[accounts]") {
    if (testing::scratchIsServer()) return;
    SignedInHome home;
    AccountService accounts(*home.f.db);
    const auto leaver = home.addPerson(QStringLiteral("Lise Leaver"), PersonRole::Staff);
    REQUIRE(accounts.createAccount(leaver, QStringLiteral("lise"), QStringLiteral("Midlertidig-321")).ok());
    auto person = storage::PersonRepository(*home.f.db).get(leaver);
    REQUIRE(person.ok());
    person->active = false;
    REQUIRE(storage::PersonRepository(*home.f.db).update(*person).ok());
    auto refused = accounts.signIn(QStringLiteral("lise"), QStringLiteral("Midlertidig-321"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("Lise Leaver")));
}
