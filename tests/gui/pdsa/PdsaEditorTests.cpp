#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "WorkspaceTestDatabase.h"
#include "app/MainWindow.h"
#include "app/pdsa/PdsaEditor.h"
#include "app/pdsa/PdsaView.h"
#include "storage/PdsaRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeView>

using namespace medsafe;

namespace {

struct PdsaFixture {
    FakeDialogService dialogs;
    WorkspaceTestDatabase data = WorkspaceTestDatabase::create();
    storage::Database* db = data.db.get();
    std::unique_ptr<app::MainWindow> window;
    app::PdsaView* view = nullptr;

    PdsaFixture() {
        window = std::make_unique<app::MainWindow>(std::move(data.db), dialogs);
        window->resize(1366, 768);
        window->show();
        window->showView(app::ViewId::Pdsa);
        view = dynamic_cast<app::PdsaView*>(window->viewWidget(app::ViewId::Pdsa));
        REQUIRE(view);
    }
    template <typename T> T* child(const char* name) const {
        auto* found = view->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }
    QList<domain::PdsaCycle> stored() const {
        auto cycles = storage::PdsaRepository(*db).forBotilbud(data.botilbud);
        REQUIRE(cycles.ok());
        return cycles.value();
    }
    // click() rather than a mouse event: the button may be scrolled out of the editor's view.
    void click(const char* button) { child<QPushButton>(button)->click(); }
};

} // namespace

TEST_CASE("PDSA editor: a cycle walked through Plan, Do, Study and Act is in the database") {
    PdsaFixture f;
    f.child<QAction>("newCycleAction")->trigger(); // Ctrl+N
    auto* ideaBox = f.child<QComboBox>("changeIdeaComboBox");
    ideaBox->setCurrentIndex(ideaBox->findData(f.data.idea.value));
    QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), "Dobbeltkontrol, 1 medarbejder");
    f.child<QPlainTextEdit>("questionTextEdit")->setPlainText("Fanger en kollega fejl i æskerne?");
    f.child<QPlainTextEdit>("predictionTextEdit")->setPlainText("Vi finder mindst én fejl på en uge.");
    f.child<QLineEdit>("planWhoLineEdit")->setText("1 medarbejder, 1 borger");
    CHECK(f.view->hasUnsavedChanges());

    f.child<QAction>("saveAction")->trigger(); // Ctrl+S
    REQUIRE(f.stored().size() == 1);
    CHECK(f.stored().first().title == "Dobbeltkontrol, 1 medarbejder");
    CHECK(f.stored().first().status == domain::PdsaStatus::Planned);
    CHECK(f.stored().first().changeIdeaId == f.data.idea);
    CHECK_FALSE(f.view->hasUnsavedChanges());

    f.click("nextStageButton"); // on to Do: written with the new status
    CHECK(f.stored().first().status == domain::PdsaStatus::Doing);
    CHECK(f.view->editor().shownStage() == app::PdsaEditor::DoStage);
    f.child<QPlainTextEdit>("doWhatHappenedTextEdit")->setPlainText("Kollegaen tjekkede 14 æsker.");
    f.click("nextStageButton");
    CHECK(f.stored().first().status == domain::PdsaStatus::Studying);
    CHECK(f.stored().first().doWhatHappened == "Kollegaen tjekkede 14 æsker.");
    f.child<QPlainTextEdit>("studyResultTextEdit")->setPlainText("To fejl fundet, som forudsagt.");
    f.click("nextStageButton");
    CHECK(f.view->editor().shownStage() == app::PdsaEditor::ActStage);

    // Adapt offers the next cycle of the ramp, pre-filled.
    f.child<QRadioButton>("adaptRadioButton")->setChecked(true);
    f.dialogs.nextQuestionAnswer = true;
    f.click("nextStageButton");
    const auto cycles = f.stored();
    REQUIRE(cycles.size() == 2);
    CHECK(cycles.at(0).status == domain::PdsaStatus::Completed);
    CHECK(cycles.at(0).decision == domain::ActDecision::Adapt);
    const domain::PdsaCycle& next = cycles.at(1);
    CHECK(next.parentId == cycles.at(0).id);
    CHECK(next.number == 2);
    CHECK(next.changeIdeaId == f.data.idea);
    CHECK(next.prediction == "Vi finder mindst én fejl på en uge.");
    CHECK(next.planWho == "1 medarbejder, 1 borger");
    CHECK(next.status == domain::PdsaStatus::Planned);
    CHECK(f.view->editor().cycle().id == next.id);

    // The list shows the ramp: cycle 2 indented under cycle 1, under the change idea.
    auto* tree = f.child<QTreeView>("pdsaTreeView");
    const QModelIndex group = tree->model()->index(0, 0);
    REQUIRE(tree->model()->rowCount(group) == 1);
    const QModelIndex first = tree->model()->index(0, 0, group);
    CHECK(tree->model()->rowCount(first) == 1);
    CHECK(f.child<QLabel>("pdsaCountLabel")->text().startsWith("2 "));
}

TEST_CASE("PDSA editor: moving to Do without a prediction is refused next to the field, nothing written") {
    PdsaFixture f;
    f.child<QAction>("newCycleAction")->trigger();
    QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), "Fast tidspunkt for medicinrunden");
    f.click("doStageButton");

    CHECK(f.stored().isEmpty());
    auto* message = f.child<QLabel>("predictionErrorLabel");
    CHECK(message->isVisibleTo(f.view));
    CHECK_FALSE(message->text().isEmpty());
    CHECK(f.view->editor().shownStage() == app::PdsaEditor::PlanStage);
    CHECK(f.view->editor().cycle().status == domain::PdsaStatus::Planned);
    CHECK(f.view->hasUnsavedChanges()); // the typed title is still there, not lost
}

TEST_CASE("PDSA editor: a title is required, and the message sits next to it") {
    PdsaFixture f;
    f.child<QAction>("newCycleAction")->trigger();
    f.click("saveButton");
    CHECK(f.stored().isEmpty());
    CHECK(f.child<QLabel>("titleErrorLabel")->isVisibleTo(f.view));
}

TEST_CASE("PDSA view: unsaved edits are asked about before another cycle opens") {
    PdsaFixture f;
    f.child<QAction>("newCycleAction")->trigger();
    QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), "Første");
    f.child<QAction>("saveAction")->trigger();
    f.child<QAction>("newCycleAction")->trigger();
    QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), "Anden");
    f.dialogs.nextSaveChoice = FakeDialogService::SaveChoice::Cancel;
    CHECK_FALSE(f.view->openCycle(f.stored().first().id));
    CHECK(f.child<QLineEdit>("titleLineEdit")->text() == "Anden");
    f.dialogs.nextSaveChoice = FakeDialogService::SaveChoice::Save;
    CHECK(f.view->openCycle(f.stored().first().id));
    CHECK(f.stored().size() == 2);
}

TEST_CASE("PDSA view: the search narrows the list and the count says so") {
    PdsaFixture f;
    for (const char* title : {"Dobbeltkontrol", "Vagtskifte"}) {
        f.child<QAction>("newCycleAction")->trigger();
        QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), title);
        f.child<QAction>("saveAction")->trigger();
    }
    f.child<QAction>("findAction")->trigger();
    QTest::keyClicks(f.child<QLineEdit>("pdsaSearchLineEdit"), "vagt");
    const QString count = f.child<QLabel>("pdsaCountLabel")->text();
    CHECK(count.startsWith("1 "));
    CHECK(count.contains("2"));
}
