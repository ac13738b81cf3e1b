// Opstart as a tovholder uses it (issue 16, "how it will be checked"): a step of the workflow
// analysis is filled in and saved, a finding becomes a change idea, a guideline is added, and
// a delegation running out within 30 days shows on Oversigt's Næste skridt, whose link opens
// the register. Staff may look but not write.
#include "../FakeDialogService.h"
#include "../access/AccessTestHome.h"
#include "app/MainWindow.h"
#include "app/startup/DelegationsPage.h"
#include "app/startup/GuidelinesPage.h"
#include "app/startup/StartupView.h"
#include "app/startup/WorkflowPage.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoStartupBuilder.h"
#include "demo/DemoWriter.h"
#include "services/improvement/ImprovementService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/WorkflowService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

// With MEDSAFE_SCREENSHOTS set to a folder, the screens are saved there to be looked at.
void screenshot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("MEDSAFE_SCREENSHOTS");
    if (folder.isEmpty()) return;
    QCoreApplication::processEvents();
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("A tovholder fills in the workflow analysis, adds a guideline and an expiring delegation seen on "
          "Oversigt",
          "[gui][startup]") {
    FakeDialogService dialogs;
    auto home = AccessTestHome::create();
    home.signIn(QStringLiteral("tove"));
    storage::Database* db = home.data.db.get();
    const BotilbudId botilbud = home.data.botilbud;
    const QDate today = QDate::currentDate();
    const PersonId sara = home.people.at(QStringLiteral("sara"));

    app::MainWindow window(std::move(home.data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Startup);
    QCoreApplication::processEvents();
    auto* view = qobject_cast<app::StartupView*>(window.viewWidget(app::ViewId::Startup));
    REQUIRE(view);
    QTabWidget* tabs = view->tabs();

    // The "before" analysis: eight steps in process order, none stored yet.
    app::WorkflowPage& workflow = view->workflowPage();
    auto* steps = child<QTableView>(workflow, "stepTable");
    REQUIRE(steps->model()->rowCount() == 8);
    REQUIRE(workflow.selectStep(ProcessStage::Dispensing));
    child<QLineEdit>(workflow, "participantsLineEdit")
        ->setText(QStringLiteral("Tovholder, leder, to medarbejdere"));
    child<QLineEdit>(workflow, "performedByLineEdit")->setText(QStringLiteral("Dagvagten"));
    child<QPlainTextEdit>(workflow, "howTextEdit")
        ->setPlainText(QStringLiteral("Doseringsæsker fyldes fredag"));
    child<QPlainTextEdit>(workflow, "risksTextEdit")
        ->setPlainText(QStringLiteral("Afbrydelser i fællesrummet"));
    auto* level = child<QComboBox>(workflow, "riskLevelComboBox");
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::High)));
    CHECK(steps->model()->index(4, 1).data().toString() == QStringLiteral("Dagvagten"));
    CHECK_FALSE(child<QLineEdit>(workflow, "findingLineEdit")->isEnabled()); // the step is not stored yet
    screenshot(window, QStringLiteral("startup-workflow"));
    child<QPushButton>(workflow, "saveAnalysisButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    const auto stored = services::WorkflowService(*db).analysis(botilbud, AnalysisKind::Before).value();
    REQUIRE(stored);
    CHECK(stored->participants == QStringLiteral("Tovholder, leder, to medarbejdere"));
    CHECK(stored->step(ProcessStage::Dispensing)->how == QStringLiteral("Doseringsæsker fyldes fredag"));
    CHECK(stored->step(ProcessStage::Dispensing)->riskLevel == RiskLevel::High);
    CHECK_FALSE(workflow.hasUnsavedChanges());

    // A finding of the step, taken into the driver diagram.
    REQUIRE(workflow.selectStep(ProcessStage::Dispensing));
    child<QLineEdit>(workflow, "findingLineEdit")->setText(QStringLiteral("Ingen ro ved dispenseringen"));
    child<QPushButton>(workflow, "addFindingButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    auto* findings = child<QListWidget>(workflow, "findingList");
    REQUIRE(findings->count() == 1);
    findings->setCurrentRow(0);
    REQUIRE(child<QPushButton>(workflow, "makeChangeIdeaButton")->isEnabled());
    const auto ideasBefore = services::ImprovementService(*db).changeIdeas(botilbud).value().size();
    child<QPushButton>(workflow, "makeChangeIdeaButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    CHECK(services::ImprovementService(*db).changeIdeas(botilbud).value().size() == ideasBefore + 1);
    findings->setCurrentRow(0);
    CHECK_FALSE(child<QPushButton>(workflow, "makeChangeIdeaButton")->isEnabled()); // once
    screenshot(window, QStringLiteral("startup-workflow-finding"));

    // The "after" analysis is another one, empty.
    REQUIRE(workflow.showKind(AnalysisKind::After));
    CHECK(steps->model()->index(4, 1).data().toString().isEmpty());
    REQUIRE(workflow.showKind(AnalysisKind::Before));
    CHECK(steps->model()->index(4, 1).data().toString() == QStringLiteral("Dagvagten"));

    // A guideline.
    app::GuidelinesPage& guidelines = view->guidelinesPage();
    tabs->setCurrentWidget(&guidelines);
    child<QPushButton>(guidelines, "newGuidelineButton")->click();
    child<QLineEdit>(guidelines, "guidelineTitleLineEdit")
        ->setText(QStringLiteral("Instruks for PN-medicin"));
    child<QLineEdit>(guidelines, "guidelineVersionLineEdit")->setText(QStringLiteral("2.0"));
    child<QPushButton>(guidelines, "saveGuidelineButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    const auto stored_guidelines = services::GuidelineService(*db).guidelines(botilbud).value();
    REQUIRE(stored_guidelines.size() == 1);
    CHECK(stored_guidelines.first().title == QStringLiteral("Instruks for PN-medicin"));
    CHECK(stored_guidelines.first().nextReviewOn == today.addYears(1));
    CHECK(child<QTableView>(guidelines, "guidelineTable")->model()->rowCount() == 1);
    // A title left out is refused beside the form, nothing saved.
    child<QPushButton>(guidelines, "newGuidelineButton")->click();
    child<QLineEdit>(guidelines, "guidelineVersionLineEdit")->setText(QStringLiteral("1"));
    child<QPushButton>(guidelines, "saveGuidelineButton")->click();
    CHECK_FALSE(child<QLabel>(guidelines, "guidelineProblemLabel")->isHidden());
    CHECK(services::GuidelineService(*db).guidelines(botilbud).value().size() == 1);
    guidelines.discardChanges();
    screenshot(window, QStringLiteral("startup-guidelines"));

    // A delegation running out in ten days.
    app::DelegationsPage& delegations = view->delegationsPage();
    tabs->setCurrentWidget(&delegations);
    child<QPushButton>(delegations, "newDelegationButton")->click();
    auto* person = child<QComboBox>(delegations, "delegationPersonComboBox");
    person->setCurrentIndex(person->findData(sara.value));
    REQUIRE(person->currentIndex() > 0);
    child<QComboBox>(delegations, "delegatedRightComboBox")->setCurrentIndex(3);
    child<QLineEdit>(delegations, "doctorLineEdit")->setText(QStringLiteral("Læge Jens Holm"));
    child<QDateEdit>(delegations, "validFromDateEdit")->setDate(today.addDays(-355));
    child<QCheckBox>(delegations, "validToCheckBox")->setChecked(true);
    child<QDateEdit>(delegations, "validToDateEdit")->setDate(today.addDays(10));
    child<QPushButton>(delegations, "saveDelegationButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    const auto stored_delegations = services::DelegationService(*db).delegations(botilbud).value();
    REQUIRE(stored_delegations.size() == 1);
    CHECK(stored_delegations.first().personId == sara);
    CHECK(stored_delegations.first().validTo == today.addDays(10));
    auto* table = child<QTableView>(delegations, "delegationTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 2).data().toString().startsWith(QStringLiteral("⚠")));
    screenshot(window, QStringLiteral("startup-delegations"));

    // Oversigt's Næste skridt names it, and its link opens the register.
    window.showView(app::ViewId::Overview);
    QCoreApplication::processEvents();
    screenshot(window, QStringLiteral("startup-overview"));
    auto* next =
        window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>(QStringLiteral("nextStepsList"));
    REQUIRE(next);
    QListWidgetItem* expiring = nullptr;
    for (int i = 0; i < next->count(); ++i)
        if (next->item(i)->data(Qt::UserRole).toInt() ==
            static_cast<int>(services::NextStepPlace::StartupDelegations))
            expiring = next->item(i);
    REQUIRE(expiring);
    CHECK(expiring->text().startsWith(QStringLiteral("1 ")));
    CHECK(expiring->text().contains(QStringLiteral("30")));
    tabs->setCurrentWidget(&workflow);
    emit next->itemActivated(expiring);
    CHECK(window.currentView() == app::ViewId::Startup);
    CHECK(tabs->currentWidget() == &delegations);

    // The checklist's workflow item opens the workflow tab.
    window.showView(app::ViewId::Overview);
    QCoreApplication::processEvents();
    auto* checklist =
        window.viewWidget(app::ViewId::Overview)->findChild<QListView*>(QStringLiteral("checklistListView"));
    REQUIRE(checklist);
    emit checklist->activated(checklist->model()->index(0, 0));
    CHECK(window.currentView() == app::ViewId::Startup);
    CHECK(tabs->currentWidget() == &workflow);
}

TEST_CASE("Staff see Opstart but cannot change it", "[gui][startup][access]") {
    FakeDialogService dialogs;
    auto home = AccessTestHome::create();
    home.signIn(QStringLiteral("sara"));
    app::MainWindow window(std::move(home.data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Startup);
    QCoreApplication::processEvents();
    auto* view = qobject_cast<app::StartupView*>(window.viewWidget(app::ViewId::Startup));
    REQUIRE(view);
    auto* save = child<QPushButton>(view->workflowPage(), "saveAnalysisButton");
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(child<QLineEdit>(view->workflowPage(), "performedByLineEdit")->isEnabled());
    auto* newGuideline = child<QPushButton>(view->guidelinesPage(), "newGuidelineButton");
    CHECK_FALSE(newGuideline->isEnabled());
    CHECK_FALSE(newGuideline->toolTip().isEmpty());
    CHECK_FALSE(child<QPushButton>(view->delegationsPage(), "newDelegationButton")->isEnabled());
}

// Not run by default: the screens with the demo's start-up work, saved for a person to look at
// (MEDSAFE_SCREENSHOTS=/folder gui_tests "[startupshots]").
TEST_CASE("Opstart with the demo's data, saved as screenshots", "[.][startupshots]") {
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), **db).ok());
    REQUIRE(demo::DemoStartupBuilder::add(**db, options.asOf).ok());
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    for (const QSize size : {QSize(1280, 680), QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        window.show();
        const QString suffix = QStringLiteral("-%1").arg(size.width());
        window.showView(app::ViewId::Startup);
        QCoreApplication::processEvents();
        auto* view = qobject_cast<app::StartupView*>(window.viewWidget(app::ViewId::Startup));
        REQUIRE(view);
        view->tabs()->setCurrentWidget(&view->workflowPage());
        view->workflowPage().selectStep(ProcessStage::Dispensing);
        screenshot(window, QStringLiteral("demo-workflow") + suffix);
        view->tabs()->setCurrentWidget(&view->guidelinesPage());
        screenshot(window, QStringLiteral("demo-guidelines") + suffix);
        view->tabs()->setCurrentWidget(&view->delegationsPage());
        screenshot(window, QStringLiteral("demo-delegations") + suffix);
        window.showView(app::ViewId::Overview);
        screenshot(window, QStringLiteral("demo-overview") + suffix);
    }
}
