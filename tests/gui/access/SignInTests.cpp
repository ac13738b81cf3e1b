// Signing in (issue 14, item 2) through the real dialogs: a wrong password is said in the
// dialog, which stays open; five in a row lock the account; the right one signs in; the first
// start of a database makes the tovholder's account; a temporary password must be replaced.
#include "AccessTestHome.h"
#include "app/access/ChangePasswordDialog.h"
#include "app/access/FirstAccountDialog.h"
#include "app/access/SignInDialog.h"
#include "services/organisation/OrganisationService.h"

#include <QComboBox>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace medsafe;

TEST_CASE("Sign-in: a wrong password is refused in the dialog, the right one signs in", "[gui][signin]") {
    auto home = AccessTestHome::create();
    storage::Database& db = *home.data.db;
    app::SignInDialog dialog{services::AccountService{db}, QStringLiteral("test.db"), QString()};
    dialog.loginField()->setText(QStringLiteral("mette"));
    dialog.passwordField()->setText(QStringLiteral("forkert-kodeord"));
    CHECK_FALSE(dialog.trySignIn());
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK(dialog.passwordField()->text().isEmpty()); // never left in the field
    CHECK_FALSE(db.session().signedIn);

    dialog.passwordField()->setText(AccessTestHome::passwordOf(QStringLiteral("mette")));
    REQUIRE(dialog.trySignIn());
    CHECK(db.session().signedIn);
    CHECK(db.session().login == QStringLiteral("mette"));
    CHECK(db.session().mustChangePassword); // the account was given with a temporary password
}

TEST_CASE("Sign-in: five wrong passwords lock the account, and the dialog says so", "[gui][signin]") {
    auto home = AccessTestHome::create();
    storage::Database& db = *home.data.db;
    app::SignInDialog dialog{services::AccountService{db}, QStringLiteral("test.db"), QString()};
    dialog.loginField()->setText(QStringLiteral("sara"));
    QString wrongMessage;
    for (int i = 0; i < services::AccountService::kMaxFailedAttempts; ++i) {
        dialog.passwordField()->setText(QStringLiteral("forkert-%1").arg(i));
        CHECK_FALSE(dialog.trySignIn());
        if (i == 0) wrongMessage = dialog.problem();
    }
    dialog.passwordField()->setText(AccessTestHome::passwordOf(QStringLiteral("sara")));
    CHECK_FALSE(dialog.trySignIn());
    CHECK(dialog.problem() != wrongMessage); // the lock, not a wrong password
    CHECK(dialog.problem().contains(QString::number(services::AccountService::kMaxFailedAttempts)));
    CHECK_FALSE(db.session().signedIn);
}

TEST_CASE("The first start makes the tovholder's account; two different passwords are refused",
          "[gui][signin]") {
    auto data = WorkspaceTestDatabase::create(); // a botilbud, no people, no accounts
    storage::Database& db = *data.db;
    REQUIRE(*services::AccountService(db).needsFirstAccount());
    app::FirstAccountDialog dialog{services::AccountService{db}, services::OrganisationService{db}};
    REQUIRE(dialog.personChoice()->count() == 1); // only "a new person"
    dialog.nameField()->setText(QStringLiteral("Tove Hansen"));
    dialog.loginField()->setText(QStringLiteral("tove"));
    dialog.passwordField()->setText(QStringLiteral("Solsikke-Marts-9"));
    dialog.repeatField()->setText(QStringLiteral("Solsikke-Marts-8"));
    CHECK_FALSE(dialog.tryCreate());
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK(*services::AccountService(db).needsFirstAccount());

    dialog.repeatField()->setText(QStringLiteral("Solsikke-Marts-9"));
    REQUIRE(dialog.tryCreate());
    CHECK(db.session().signedIn);
    CHECK(db.session().roles.testFlag(domain::PersonRole::Tovholder));
    CHECK(db.session().name == QStringLiteral("Tove Hansen"));
    CHECK_FALSE(*services::AccountService(db).needsFirstAccount());
}

TEST_CASE("A temporary password is replaced; the two new ones must agree", "[gui][signin]") {
    auto home = AccessTestHome::create();
    storage::Database& db = *home.data.db;
    home.signIn(QStringLiteral("lars"));
    app::ChangePasswordDialog dialog{services::AccountService{db}, true};
    dialog.currentField()->setText(AccessTestHome::passwordOf(QStringLiteral("lars")));
    dialog.newField()->setText(QStringLiteral("Egetræ-Juni-2027"));
    dialog.repeatField()->setText(QStringLiteral("Egetræ-Juni-2028"));
    CHECK_FALSE(dialog.tryChange());
    dialog.repeatField()->setText(QStringLiteral("Egetræ-Juni-2027"));
    REQUIRE(dialog.tryChange());
    CHECK_FALSE(db.session().mustChangePassword);
    services::AccountService(db).signOut();
    CHECK(
        services::AccountService(db).signIn(QStringLiteral("lars"), QStringLiteral("Egetræ-Juni-2027")).ok());
}
