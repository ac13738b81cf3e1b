// Forløb og kompetencer › Organisation (issue 14, item 1): the working group's warnings, a person
// added and edited, and one retired (kept for history, no longer active).
#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "../pdsa/WorkspaceTestDatabase.h"
#include "app/MainWindow.h"
#include "app/programme/PeoplePage.h"
#include "app/programme/ProgrammeView.h"
#include "storage/PersonRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace medsafe;

namespace {

QList<domain::Person> peopleIn(storage::Database& db, domain::BotilbudId botilbud) {
    auto people = storage::PersonRepository(db).forBotilbud(botilbud);
    REQUIRE(people.ok());
    return people.value();
}

} // namespace

TEST_CASE("Organisation: the working group is checked, a person is added, edited and retired", "[gui][people]") {
    FakeDialogService dialogs;
    auto data = WorkspaceTestDatabase::create(); // a botilbud without people
    storage::Database* db = data.db.get();
    const auto botilbud = data.botilbud;
    app::MainWindow window(std::move(data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Programme);
    auto* view = qobject_cast<app::ProgrammeView*>(window.viewWidget(app::ViewId::Programme));
    REQUIRE(view);
    app::PeoplePage& page = view->peoplePage();
    view->findChild<QTabWidget*>()->setCurrentWidget(&page);
    QCoreApplication::processEvents();

    auto* warnings = page.findChild<QLabel*>("workingGroupWarnings");
    REQUIRE(warnings);
    CHECK(warnings->isVisible());
    CHECK(warnings->text().contains(QStringLiteral("ingen tovholder")));

    // A new tovholder.
    page.findChild<QPushButton*>("newPersonButton")->click();
    QTest::keyClicks(page.findChild<QLineEdit*>("personNameLineEdit"), QStringLiteral("Karen Dahl"));
    page.findChild<QCheckBox*>("role_tovholder")->setChecked(true);
    page.findChild<QCheckBox*>("role_working_group")->setChecked(true);
    page.findChild<QPushButton*>("savePersonButton")->click();
    auto people = peopleIn(*db, botilbud);
    REQUIRE(people.size() == 1);
    CHECK(people.first().name == QStringLiteral("Karen Dahl"));
    CHECK(people.first().roles.testFlag(domain::PersonRole::Tovholder));
    CHECK(people.first().startDate == QDate::currentDate());
    CHECK_FALSE(warnings->text().contains(QStringLiteral("ingen tovholder")));
    CHECK(warnings->text().contains(QStringLiteral("ingen leder")));

    // A bad e-mail is refused with its reason and nothing changes.
    auto* email = page.findChild<QLineEdit*>("personEmailLineEdit");
    QTest::keyClicks(email, QStringLiteral("karen@"));
    page.findChild<QPushButton*>("savePersonButton")->click();
    CHECK(peopleIn(*db, botilbud).first().email.isEmpty());
    email->clear();
    QTest::keyClicks(email, QStringLiteral("karen@fjordby.dk"));
    page.findChild<QPushButton*>("savePersonButton")->click();
    CHECK(peopleIn(*db, botilbud).first().email == QStringLiteral("karen@fjordby.dk"));

    // Retired: still there, not active, with the day she left.
    dialogs.nextQuestionAnswer = true;
    page.findChild<QPushButton*>("retirePersonButton")->click();
    people = peopleIn(*db, botilbud);
    REQUIRE(people.size() == 1);
    CHECK_FALSE(people.first().active);
    CHECK(people.first().endDate == QDate::currentDate());
    CHECK(warnings->text().contains(QStringLiteral("ingen tovholder")));
}
