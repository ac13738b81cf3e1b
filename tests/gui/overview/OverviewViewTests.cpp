#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "../pdsa/WorkspaceTestDatabase.h"
#include "app/MainWindow.h"
#include "app/overview/OverviewView.h"
#include "app/overview/ProgrammeTimelineWidget.h"
#include "app/pdsa/PdsaEditor.h"
#include "app/pdsa/PdsaView.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "storage/IncidentRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <map>

using namespace medsafe;

TEST_CASE("Oversigt: days since the last medication error, from the incident table") {
    FakeDialogService dialogs;
    auto data = WorkspaceTestDatabase::create();
    domain::Incident incident;
    incident.botilbudId = data.botilbud;
    incident.occurredDate = QDate::currentDate().addDays(-12);
    incident.reportedDate = incident.occurredDate;
    incident.description = QStringLiteral("Morgenmedicin ikke givet");
    REQUIRE(storage::IncidentRepository(*data.db).add(incident).ok());
    app::MainWindow window(std::move(data.db), dialogs);
    window.show();
    window.showView(app::ViewId::Overview);
    auto* view = dynamic_cast<app::OverviewView*>(window.viewWidget(app::ViewId::Overview));
    REQUIRE(view);
    CHECK(view->findChild<QLabel*>("daysSinceLabel")->text() == "12");
    CHECK(view->findChild<QLabel*>("headingLabel")->text() == "Bostedet Engly");
}

TEST_CASE("Oversigt: ticking a checklist item saves it with today's date") {
    FakeDialogService dialogs;
    auto data = WorkspaceTestDatabase::create();
    storage::Database* db = data.db.get();
    const auto botilbud = data.botilbud;
    app::MainWindow window(std::move(data.db), dialogs);
    window.show();
    window.showView(app::ViewId::Overview);
    auto* list = window.viewWidget(app::ViewId::Overview)->findChild<QListView*>("checklistListView");
    REQUIRE(list);
    REQUIRE(list->model()->rowCount() == 5);
    REQUIRE(list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    auto items = storage::ProgrammeRepository(*db).checklist(botilbud);
    REQUIRE(items.ok());
    CHECK(items.value().first().doneDate == QDate::currentDate());
    CHECK(window.viewWidget(app::ViewId::Overview)->findChild<QLabel*>("checklistCountLabel")->text().startsWith("1 "));
}

TEST_CASE("Oversigt: the timeline names the first læringstræf or visit not done yet") {
    domain::ProgrammeEvent done;
    done.id = domain::ProgrammeEventId{1};
    done.kind = domain::EventKind::LearningSession;
    done.number = 1;
    done.date = QDate(2025, 1, 10);
    done.done = true;
    domain::ProgrammeEvent visit = done;
    visit.id = domain::ProgrammeEventId{2};
    visit.kind = domain::EventKind::PsVisit;
    visit.date = QDate(2025, 3, 1);
    visit.done = false;
    domain::ProgrammeEvent later = visit;
    later.id = domain::ProgrammeEventId{3};
    later.kind = domain::EventKind::LearningSession;
    later.number = 2;
    later.date = QDate(2025, 5, 1);
    app::ProgrammeTimelineWidget timeline;
    timeline.setProgramme(domain::Programme::withDefaultPhases(domain::BotilbudId{1}, QDate(2025, 1, 1)),
                          {later, visit, done}, QDate(2025, 2, 1));
    REQUIRE(timeline.nextEvent());
    CHECK(timeline.nextEvent()->id == visit.id);
    timeline.resize(1000, timeline.sizeHint().height());
    CHECK_FALSE(timeline.grab().isNull());
}

TEST_CASE("Oversigt: the next steps are listed, and each opens the view where it is done", "[gui][nextsteps]") {
    FakeDialogService dialogs;
    auto data = WorkspaceTestDatabase::create(); // a programme that started eight months ago
    app::MainWindow window(std::move(data.db), dialogs);
    window.show();
    window.showView(app::ViewId::Overview);
    auto* list = window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>("nextStepsList");
    REQUIRE(list);
    REQUIRE(list->isVisible());
    REQUIRE(list->count() > 0);
    const std::map<services::NextStepPlace, app::ViewId> where{
        {services::NextStepPlace::Overview, app::ViewId::Overview},
        {services::NextStepPlace::Programme, app::ViewId::Programme},
        {services::NextStepPlace::Training, app::ViewId::Programme},
        {services::NextStepPlace::Measurements, app::ViewId::Measurements},
        {services::NextStepPlace::MonthlyReport, app::ViewId::MonthlyReport},
        {services::NextStepPlace::Pdsa, app::ViewId::Pdsa},
        {services::NextStepPlace::People, app::ViewId::Programme},
    };
    if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR")) { // a picture to look at, on request
        window.resize(1366, 768);
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QStringLiteral("/overview-next-steps.png"));
    }
    auto* stack = window.findChild<QStackedWidget*>("viewStack");
    REQUIRE(stack);
    bool sawMeasurements = false;
    for (int row = 0; row < list->count(); ++row) {
        window.showView(app::ViewId::Overview);
        QListWidgetItem* item = list->item(row);
        const auto place = static_cast<services::NextStepPlace>(item->data(Qt::UserRole).toInt());
        sawMeasurements = sawMeasurements || place == services::NextStepPlace::Measurements;
        INFO(item->text().toStdString());
        emit list->itemActivated(item);
        CHECK(stack->currentWidget() == window.viewWidget(where.at(place)));
        if (place == services::NextStepPlace::People) { // straight to the Organisation tab
            auto* tabs = window.viewWidget(app::ViewId::Programme)->findChild<QTabWidget*>();
            REQUIRE(tabs);
            CHECK(tabs->currentWidget()->objectName() == QStringLiteral("peoplePage"));
        }
    }
    CHECK(sawMeasurements); // last month has no values in a new botilbud
}

TEST_CASE("Oversigt: the PDSA card lists the latest cycles one line each, and each opens its cycle",
          "[gui][overview][pdsa]") {
    FakeDialogService dialogs;
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6); // a planned and a studied cycle among the latest
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), *db.value()).ok());
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Overview);
    auto* list = window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>("pdsaLatestList");
    REQUIRE(list);
    REQUIRE(list->count() == 4);
    // Newest first, the status before the title so a cut title never hides it.
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Planlagt · 14. ")));
    CHECK(list->item(1)->text().startsWith(QStringLiteral("Studeres · 13. ")));
    CHECK(list->item(0)->toolTip().contains(QStringLiteral("Tjekliste ved hjemkomst fra hospital, ferie og orlov")));

    auto* stack = window.findChild<QStackedWidget*>("viewStack");
    REQUIRE(stack);
    auto* pdsa = qobject_cast<app::PdsaView*>(window.viewWidget(app::ViewId::Pdsa));
    REQUIRE(pdsa);
    for (int row : {1, 3}) {
        window.showView(app::ViewId::Overview);
        QListWidgetItem* item = list->item(row);
        emit list->itemActivated(item);
        CHECK(stack->currentWidget() == pdsa);
        CHECK(pdsa->editor().cycle().id.value == item->data(Qt::UserRole).toLongLong());
    }
}
