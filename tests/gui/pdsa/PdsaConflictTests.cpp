// Two PCs on one database (issue 13, item 4): the PDSA editor's save meets a cycle someone else
// saved meanwhile, shows both versions field by field, and does what the person chooses.
// The other PC is a second connection to the same file.
#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/pdsa/PdsaEditor.h"
#include "app/pdsa/PdsaView.h"
#include "services/workspace/Workspace.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/PdsaRepository.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace medsafe;

namespace {

struct TwoPcsOnOneCycle {
    QTemporaryDir dir;
    FakeDialogService dialogs;
    std::unique_ptr<storage::Database> otherPc;
    std::unique_ptr<app::MainWindow> window;
    app::PdsaView* view = nullptr;
    domain::PdsaCycleId cycle;

    TwoPcsOnOneCycle() {
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        auto mine = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
        REQUIRE(mine.ok());
        domain::Botilbud home;
        home.name = QStringLiteral("Bostedet Engly");
        home.municipality = QStringLiteral("Testkommune");
        home.residentCount = 12;
        home.createdDate = QDate(2026, 1, 5);
        auto homeId = storage::BotilbudRepository(*mine.value()).createWithDefaults(home, home.createdDate);
        REQUIRE(homeId.ok());
        domain::PdsaCycle c;
        c.botilbudId = *homeId;
        c.title = QStringLiteral("Dobbeltkontrol ved dispensering");
        c.startDate = QDate(2026, 11, 2);
        auto id = storage::PdsaRepository(*mine.value()).add(c);
        REQUIRE(id.ok());
        cycle = *id;
        auto other = storage::Database::open(path, storage::OpenMode::OpenExisting);
        REQUIRE(other.ok());
        otherPc = std::move(other.value());

        window = std::make_unique<app::MainWindow>(std::move(mine.value()), dialogs);
        window->resize(1366, 768);
        window->show();
        window->showView(app::ViewId::Pdsa);
        view = dynamic_cast<app::PdsaView*>(window->viewWidget(app::ViewId::Pdsa));
        REQUIRE(view);
        REQUIRE(view->openCycle(cycle));
    }

    // The other PC changes the title while this one has the cycle open.
    void otherPcRenames(const QString& title) {
        auto stored = storage::PdsaRepository(*otherPc).get(cycle);
        REQUIRE(stored.ok());
        stored->title = title;
        REQUIRE(storage::PdsaRepository(*otherPc).update(*stored).ok());
    }
    void typeTitleAndSave(const QString& title) {
        auto* edit = view->findChild<QLineEdit*>("titleLineEdit");
        REQUIRE(edit);
        edit->selectAll();
        QTest::keyClicks(edit, title);
        view->findChild<QAction*>("saveAction")->trigger();
    }
    QString storedTitle() const { return storage::PdsaRepository(*otherPc).get(cycle)->title; }
};

} // namespace

TEST_CASE("PDSA conflict: both titles are shown, and 'keep mine' saves mine over theirs", "[gui][pdsa][concurrency]") {
    TwoPcsOnOneCycle f;
    f.dialogs.conflictChoice = app::DialogService::ConflictChoice::KeepMine;
    f.otherPcRenames(QStringLiteral("Dobbeltkontrol (afsnit B)"));
    f.typeTitleAndSave(QStringLiteral("Dobbeltkontrol (afsnit A)"));
    REQUIRE(f.dialogs.conflicts.size() == 1);
    const auto& differences = f.dialogs.conflicts.first();
    REQUIRE(differences.size() == 1); // only the title differs
    CHECK(differences.first().field == QStringLiteral("Titel"));
    CHECK(differences.first().mine == QStringLiteral("Dobbeltkontrol (afsnit A)"));
    CHECK(differences.first().theirs == QStringLiteral("Dobbeltkontrol (afsnit B)"));
    CHECK(f.storedTitle() == QStringLiteral("Dobbeltkontrol (afsnit A)"));
    CHECK_FALSE(f.view->editor().isDirty());
    // Saving again later is no conflict: the editor holds the new version.
    f.typeTitleAndSave(QStringLiteral("Dobbeltkontrol (hele huset)"));
    CHECK(f.dialogs.conflicts.size() == 1);
    CHECK(f.storedTitle() == QStringLiteral("Dobbeltkontrol (hele huset)"));
}

TEST_CASE("PDSA conflict: 'take theirs' shows the saved cycle and writes nothing", "[gui][pdsa][concurrency]") {
    TwoPcsOnOneCycle f;
    f.dialogs.conflictChoice = app::DialogService::ConflictChoice::TakeTheirs;
    f.otherPcRenames(QStringLiteral("Dobbeltkontrol (afsnit B)"));
    f.typeTitleAndSave(QStringLiteral("Dobbeltkontrol (afsnit A)"));
    CHECK(f.storedTitle() == QStringLiteral("Dobbeltkontrol (afsnit B)"));
    CHECK(f.view->findChild<QLineEdit*>("titleLineEdit")->text() == QStringLiteral("Dobbeltkontrol (afsnit B)"));
    CHECK_FALSE(f.view->editor().isDirty());
}

TEST_CASE("PDSA conflict: 'back to editing' keeps what was typed and writes nothing", "[gui][pdsa][concurrency]") {
    TwoPcsOnOneCycle f;
    f.dialogs.conflictChoice = app::DialogService::ConflictChoice::Cancel;
    f.otherPcRenames(QStringLiteral("Dobbeltkontrol (afsnit B)"));
    f.typeTitleAndSave(QStringLiteral("Dobbeltkontrol (afsnit A)"));
    CHECK(f.storedTitle() == QStringLiteral("Dobbeltkontrol (afsnit B)"));
    CHECK(f.view->findChild<QLineEdit*>("titleLineEdit")->text() == QStringLiteral("Dobbeltkontrol (afsnit A)"));
    CHECK(f.view->editor().isDirty());
}

TEST_CASE("changes from another PC: the views read them, but never over what is being typed",
          "[gui][pdsa][concurrency]") {
    TwoPcsOnOneCycle f;
    // Nothing typed: the other PC's new title shows after the next look, in the cycle still open.
    f.otherPcRenames(QStringLiteral("Dobbeltkontrol (afsnit B)"));
    f.window->workspace().checkForChanges();
    CHECK(f.view->findChild<QLineEdit*>("titleLineEdit")->text() == QStringLiteral("Dobbeltkontrol (afsnit B)"));
    CHECK(f.view->editor().cycle().id == f.cycle);

    // Typing: the other PC's change waits; the typed text stays.
    auto* edit = f.view->findChild<QLineEdit*>("titleLineEdit");
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Mit udkast"));
    REQUIRE(f.view->editor().isDirty());
    f.otherPcRenames(QStringLiteral("Dobbeltkontrol (afsnit C)"));
    f.window->workspace().checkForChanges();
    CHECK(edit->text() == QStringLiteral("Mit udkast"));
    CHECK(f.view->editor().isDirty());
}
