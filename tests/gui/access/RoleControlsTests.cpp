// What a signed-in person may not use is disabled, with the reason as its tooltip (issue 14,
// item 3); what the role allows works. The same window for a staff member and the tovholder.
#include "../FakeDialogService.h"
#include "AccessTestHome.h"
#include "app/MainWindow.h"
#include "app/access/SessionActions.h"
#include "app/measurements/MeasurementsView.h"
#include "app/programme/PeoplePage.h"
#include "app/programme/ProgrammeView.h"
#include "services/access/AccessPolicy.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

struct SignedInWindow {
    FakeDialogService dialogs;
    AccessTestHome home = AccessTestHome::create();
    storage::Database* db = home.data.db.get();
    std::unique_ptr<app::MainWindow> window;

    explicit SignedInWindow(const QString& login) {
        home.signIn(login);
        window = std::make_unique<app::MainWindow>(std::move(home.data.db), dialogs);
        window->resize(1366, 768);
        window->show();
    }

    template <typename T> T* find(const char* name) {
        auto* found = window->findChild<T*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
};

app::PeoplePage& showPeople(app::MainWindow& window) {
    window.showView(app::ViewId::Programme);
    auto* view = qobject_cast<app::ProgrammeView*>(window.viewWidget(app::ViewId::Programme));
    REQUIRE(view);
    view->findChild<QTabWidget*>()->setCurrentWidget(&view->peoplePage());
    QCoreApplication::processEvents();
    return view->peoplePage();
}

} // namespace

TEST_CASE("Signed in as staff: measurements and people are read-only, with the reason on hover",
          "[gui][roles]") {
    SignedInWindow w(QStringLiteral("sara"));
    const auto reasonFor = [&](services::AccessAction action) {
        return services::AccessPolicy::decide(w.db->session(), action, w.home.data.botilbud).reason;
    };
    CHECK(w.find<QLabel>("sessionLabel")->text().contains(QStringLiteral("Sara Testesen")));

    w.window->showView(app::ViewId::Measurements);
    QCoreApplication::processEvents();
    auto* table = w.find<QTableView>("measurementTable");
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    auto* save = w.window->viewWidget(app::ViewId::Measurements)->findChild<QPushButton*>("saveButton");
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip() == reasonFor(services::AccessAction::EnterMeasurements));
    CHECK_FALSE(save->toolTip().isEmpty());

    w.window->showView(app::ViewId::Pdsa);
    QCoreApplication::processEvents();
    auto* newCycle = w.find<QPushButton>("newCycleButton");
    CHECK_FALSE(newCycle->isEnabled());
    CHECK(newCycle->toolTip() == reasonFor(services::AccessAction::EditPdsa));

    app::PeoplePage& people = showPeople(*w.window);
    auto* newPerson = people.findChild<QPushButton*>("newPersonButton");
    REQUIRE(newPerson);
    CHECK_FALSE(newPerson->isEnabled());
    CHECK(newPerson->toolTip() == reasonFor(services::AccessAction::ManagePeople));
    auto* giveAccount = people.findChild<QPushButton*>("createAccountButton");
    REQUIRE(giveAccount);
    CHECK_FALSE(giveAccount->isEnabled());
}

TEST_CASE("Signed in as the tovholder: the same controls work, and switching user re-gates them",
          "[gui][roles]") {
    SignedInWindow w(QStringLiteral("tove"));
    w.window->showView(app::ViewId::Pdsa);
    QCoreApplication::processEvents();
    CHECK(w.find<QPushButton>("newCycleButton")->isEnabled());
    w.window->showView(app::ViewId::Measurements);
    QCoreApplication::processEvents();
    CHECK(w.find<QTableView>("measurementTable")->editTriggers() != QAbstractItemView::NoEditTriggers);

    app::PeoplePage& people = showPeople(*w.window);
    CHECK(people.findChild<QPushButton*>("newPersonButton")->isEnabled());

    // Another person takes over the PC (the sign-in dialog is answered by signing in sara).
    w.dialogs.signInAs = [&](storage::Database& db) {
        return services::AccountService(db)
            .signIn(QStringLiteral("sara"), AccessTestHome::passwordOf(QStringLiteral("sara")))
            .ok();
    };
    w.find<app::SessionActions>("")->switchUserAction()->trigger();
    QCoreApplication::processEvents();
    CHECK(w.db->session().login == QStringLiteral("sara"));
    CHECK_FALSE(people.findChild<QPushButton*>("newPersonButton")->isEnabled());
    w.window->showView(app::ViewId::Pdsa);
    QCoreApplication::processEvents();
    CHECK_FALSE(w.find<QPushButton>("newCycleButton")->isEnabled());
}
