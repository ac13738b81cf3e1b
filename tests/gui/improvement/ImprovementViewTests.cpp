#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "../pdsa/WorkspaceTestDatabase.h"
#include "app/MainWindow.h"
#include "app/improvement/DriverDiagramPage.h"
#include "app/improvement/ImprovementView.h"
#include "storage/ImprovementRepository.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace medsafe;

namespace {
struct ImprovementFixture {
    FakeDialogService dialogs;
    WorkspaceTestDatabase data = WorkspaceTestDatabase::create();
    storage::Database* db = data.db.get();
    domain::BotilbudId botilbud = data.botilbud;
    std::unique_ptr<app::MainWindow> window;
    app::ImprovementView* view = nullptr;

    ImprovementFixture() {
        window = std::make_unique<app::MainWindow>(std::move(data.db), dialogs);
        window->resize(1366, 768);
        window->show();
        window->showView(app::ViewId::Improvement);
        view = dynamic_cast<app::ImprovementView*>(window->viewWidget(app::ViewId::Improvement));
        REQUIRE(view);
    }
    template <typename T> T* child(const char* name) const {
        auto* found = view->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }
};
} // namespace

TEST_CASE("Forbedringsarbejde: the aim page asks the three questions in full") {
    ImprovementFixture f;
    // Danish once the lead has merged the translations; the English source until then.
    const auto either = [&](const char* name, const QString& danish, const QString& english) {
        const QString text = f.child<QLabel>(name)->text();
        return text.contains(danish) || text.contains(english);
    };
    CHECK(either("question1Label", "Hvad ønsker vi at opnå?", "What are we trying to accomplish?"));
    CHECK(either("question2Label", "Hvordan ved vi, at en forandring er en forbedring?",
                 "How will we know that a change is an improvement?"));
    CHECK(either("question3Label", "Hvilke forandringer kan vi iværksætte, der vil føre til en forbedring?",
                 "What changes can we make that will result in improvement?"));
}

TEST_CASE("Forbedringsarbejde: an aim without a statement is refused next to the field; a full one is saved") {
    ImprovementFixture f;
    f.child<QPlainTextEdit>("whatToAccomplishTextEdit")->setPlainText("Færre medicinfejl");
    CHECK(f.view->hasUnsavedChanges());
    CHECK_FALSE(f.view->saveAim());
    CHECK(f.child<QLabel>("statementErrorLabel")->isVisibleTo(f.view));
    f.child<QPlainTextEdit>("aimStatementTextEdit")->setPlainText("Halvér medicinfejl inden 1. juni 2027");
    CHECK(f.view->saveAim());
    auto aims = storage::ImprovementRepository(*f.db).aims(f.botilbud);
    REQUIRE(aims.ok());
    REQUIRE(aims.value().size() == 1);
    CHECK(aims.value().first().whatToAccomplish == "Færre medicinfejl");
    CHECK_FALSE(f.view->hasUnsavedChanges());
}

TEST_CASE("Forbedringsarbejde: the driver diagram draws every box and adds a change idea from the side form") {
    ImprovementFixture f;
    f.child<QTabWidget>("improvementTabWidget")->setCurrentIndex(1);
    auto& page = f.view->driverPage();
    // Aim placeholder, one primary, one secondary driver and one change idea.
    CHECK(page.scene().boxCount() == 4);
    using Kind = app::DriverDiagramPage::Kind;
    auto drivers = storage::ImprovementRepository(*f.db).drivers(f.botilbud);
    REQUIRE(drivers.ok());
    const auto secondary = *std::find_if(drivers.value().begin(), drivers.value().end(),
                                         [](const auto& d) { return d.level == domain::DriverLevel::Secondary; });
    page.scene().select({Kind::Secondary, secondary.id.value});
    page.startNew(Kind::ChangeIdea);
    f.child<QPlainTextEdit>("driverTextEdit")->setPlainText("Signeringstjek ved vagtskifte");
    f.child<QPushButton>("saveDriverButton")->click();
    auto ideas = storage::ImprovementRepository(*f.db).changeIdeas(f.botilbud);
    REQUIRE(ideas.ok());
    REQUIRE(ideas.value().size() == 2);
    CHECK(ideas.value().last().driverId == secondary.id);
    CHECK(page.scene().boxCount() == 5);
}
