// Fastholdelse as a tovholder meets it: a PDSA cycle decided »Implementér« makes its change an
// adopted change; the view shows the measure's run chart beside the control chart frozen after
// adoption; the dashboard flags the measure that has slipped back since; the sustain plan
// takes a check, refuses one naming a resident, and records "Kontrolleret i dag".
#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/runcharts/DashboardPage.h"
#include "app/runcharts/MeasureTile.h"
#include "app/runcharts/RunChartsView.h"
#include "app/sustain/SustainChartsPanel.h"
#include "app/sustain/SustainPage.h"
#include "app/sustain/SustainPlanPanel.h"
#include "app/sustain/SustainView.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSustainBuilder.h"
#include "demo/DemoWriter.h"
#include "services/pdsa/PdsaService.h"
#include "services/sustain/SustainService.h"
#include "services/workspace/Workspace.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

const QString kDispensing = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
const QString kChange = QStringLiteral("Dobbeltkontrol ved dispensering");

// Dispensing at about 80 % for six months, about 95 % for the twelve months after the change
// (July 2024 – June 2025), then eight months back at 88 %: below the new level.
struct SustainDb {
    std::unique_ptr<storage::Database> db;
    domain::BotilbudId home;
    domain::MeasureId dispensing;
    domain::PdsaCycleId cycle;

    SustainDb() {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        domain::Botilbud b{
            {}, QStringLiteral("Bostedet Solsikken"), QStringLiteral("Fjordby"), 12, QDate(2023, 6, 1)};
        home = storage::BotilbudRepository(*db).createWithDefaults(b, QDate(2024, 1, 1)).value();
        const QList<domain::Measure> measures =
            storage::MeasureRepository(*db).forBotilbud(home, true).value();
        for (const auto& m : measures)
            if (m.name == kDispensing) dispensing = m.id;
        REQUIRE(dispensing.isValid());
        QList<domain::Measurement> values;
        for (int i = 0; i < 26; ++i) {
            const double correct = (i < 6 ? 80.0 : i < 18 ? 95.0 : 88.0) + (i % 3) - 1;
            values << domain::Measurement{
                {}, dispensing, QDate(2024, 1, 1).addMonths(i), correct, 100.0, i < 6, {}, {}};
        }
        REQUIRE(storage::MeasureRepository(*db).addMeasurements(values).ok());
        domain::Person karen{
            {}, home, QStringLiteral("Karen Holm"), domain::PersonRole::Staff, true, {}, true, {}, {}};
        REQUIRE(storage::PersonRepository(*db).add(karen).ok());
        domain::ChangeIdea idea;
        idea.botilbudId = home;
        idea.title = kChange;
        const auto ideaId = storage::ImprovementRepository(*db).addChangeIdea(idea).value();
        domain::PdsaCycle c;
        c.botilbudId = home;
        c.changeIdeaId = ideaId;
        c.number = 1;
        c.title = kChange;
        c.prediction = QStringLiteral("Færre fejl i æskerne");
        c.status = domain::PdsaStatus::Studying;
        c.startDate = QDate(2024, 6, 3);
        c.endDate = QDate(2024, 7, 12);
        c.measureIds = {dispensing};
        cycle = storage::PdsaRepository(*db).add(c).value();
    }
};

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

} // namespace

TEST_CASE("Adopting a change shows its frozen limits, the dashboard flags the slip back, and the plan takes "
          "checks",
          "[gui][sustain]") {
    FakeDialogService dialogs;
    SustainDb data;
    storage::Database* db = data.db.get();
    app::MainWindow window(std::move(data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.selectBotilbud(data.home);
    window.showView(app::ViewId::Sustain);
    settle();
    auto* view = qobject_cast<app::SustainView*>(window.viewWidget(app::ViewId::Sustain));
    REQUIRE(view);
    REQUIRE(view->tabs().count() == 2);
    app::SustainPage& page = view->sustainPage();
    CHECK(page.changeList()->count() == 0); // tested, not adopted yet
    CHECK(child<QLabel>(page, "noAdoptedChangesLabel")->isVisible());

    // The team decides »Implementér« (as the PDSA editor saves it).
    services::PdsaService pdsa(*db);
    domain::PdsaCycle cycle = pdsa.current(data.cycle).value();
    cycle.status = domain::PdsaStatus::Completed;
    cycle.decision = domain::ActDecision::Adopt;
    REQUIRE(pdsa.save(cycle).ok());
    window.workspace().noteSaved();
    settle();

    REQUIRE(page.changeList()->count() == 1);
    CHECK(page.changeList()->item(0)->text().contains(kChange));
    const QString slipping = services::SustainedChanges::statusText(services::SustainStatus::SlippingBack);
    CHECK(page.changeList()->item(0)->text().contains(slipping));
    app::SustainChartsPanel* charts = page.chartsPanel();
    CHECK(charts->measureCombo()->currentText() == kDispensing);
    CHECK(charts->frozenLabel()->isVisible());
    // July 2024 (the month the cycle ended) to June 2025: twelve months set the limits.
    CHECK(charts->frozenLabel()->text().contains(QStringLiteral("juli 2024")));
    CHECK(charts->frozenLabel()->text().contains(QStringLiteral("juni 2025")));
    REQUIRE(charts->frozenChartView()->chart());
    CHECK_FALSE(charts->frozenChartView()->chart()->series().isEmpty());
    CHECK_FALSE(charts->runChartView()->chart()->series().isEmpty());
    CHECK(charts->slipBackLabel()->isVisible());
    CHECK(charts->slipBackLabel()->text().contains(QStringLiteral("»") + kChange + QStringLiteral("«")));
    CHECK(charts->slipBackLabel()->text().contains(QStringLiteral("juli 2024")));
    CHECK(charts->slipBackLabel()->text().contains(QStringLiteral("8")));
    window.grab().save(QStringLiteral("/tmp/sustain-charts-1366.png"));
    window.resize(1920, 1080);
    settle();
    window.grab().save(QStringLiteral("/tmp/sustain-charts-1920.png"));
    window.resize(1366, 768);
    settle();

    // The sustain plan: a check naming a resident is refused; a proper one is saved.
    page.detailTabs()->setCurrentIndex(1);
    settle();
    app::SustainPlanPanel* plan = page.planPanel();
    child<QPushButton>(*plan, "newPlanRowButton")->click();
    child<QLineEdit>(*plan, "whatCheckedEdit")->setText(QStringLiteral("Stikprøve af 10 doseringsæsker"));
    auto* who = child<QComboBox>(*plan, "responsibleCombo");
    who->setCurrentIndex(who->findText(QStringLiteral("Karen Holm")));
    child<QLineEdit>(*plan, "planNoteEdit")->setText(QStringLiteral("Beboeren Hans får dobbeltkontrol"));
    child<QPushButton>(*plan, "savePlanRowButton")->click();
    CHECK(child<QLabel>(*plan, "planProblemLabel")->isVisible());
    CHECK(services::SustainService(*db).plan(data.home).value().isEmpty());

    child<QLineEdit>(*plan, "planNoteEdit")->setText(QStringLiteral("Kvitteringer på tavlen"));
    child<QPushButton>(*plan, "savePlanRowButton")->click();
    settle();
    auto rows = services::SustainService(*db).plan(data.home).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().whatChecked == QStringLiteral("Stikprøve af 10 doseringsæsker"));
    REQUIRE(plan->table()->rowCount() == 1);
    CHECK(plan->table()->item(0, 5)->text() == plan->dueText(rows.first()));
    CHECK(rows.first().overdueOn(QDate::currentDate()));
    window.grab().save(QStringLiteral("/tmp/sustain-plan-1366.png"));

    // Someone else changes the row meanwhile: "Kontrolleret i dag" on the old copy is a conflict,
    // said in a message, and the list is read again.
    domain::SustainPlanRow theirs = rows.first();
    theirs.frequency = domain::CheckFrequency::Weekly;
    REQUIRE(services::SustainService(*db).saveRow(theirs, QDate::currentDate()).ok());
    plan->table()->setCurrentCell(0, 0);
    child<QPushButton>(*plan, "checkedTodayButton")->click();
    settle();
    CHECK(dialogs.warnings.size() == 1);
    CHECK_FALSE(services::SustainService(*db).plan(data.home).value().first().lastCheckedOn.isValid());

    plan->table()->setCurrentCell(0, 0);
    child<QPushButton>(*plan, "checkedTodayButton")->click();
    settle();
    rows = services::SustainService(*db).plan(data.home).value();
    CHECK(rows.first().lastCheckedOn == QDate::currentDate());
    CHECK(rows.first().frequency == domain::CheckFrequency::Weekly);
    CHECK_FALSE(rows.first().overdueOn(QDate::currentDate()));
    CHECK(plan->table()->item(0, 4)->text().contains(QString::number(QDate::currentDate().year())));

    // The leader's overview flags the measure in words.
    window.showView(app::ViewId::RunCharts);
    settle();
    auto* dashboard = window.viewWidget(app::ViewId::RunCharts)->findChild<app::DashboardPage*>();
    REQUIRE(dashboard);
    app::MeasureTile* tile = nullptr;
    for (app::MeasureTile* t : dashboard->tiles())
        if (t->measureId() == data.dispensing) tile = t;
    REQUIRE(tile);
    CHECK(tile->slipBackText().contains(QStringLiteral("»") + kChange + QStringLiteral("«")));
    auto* flag = tile->findChild<QLabel*>(QStringLiteral("slipBackLabel"));
    REQUIRE(flag);
    CHECK(flag->isVisible());
    CHECK(child<QLabel>(*dashboard, "slipBackCountLabel")->isVisible());
    for (app::MeasureTile* t : dashboard->tiles())
        if (t != tile) CHECK(t->slipBackText().isEmpty());
    window.grab().save(QStringLiteral("/tmp/sustain-dashboard-1366.png"));
}

TEST_CASE("The demo gets a sustain plan for every adopted change and one measure that slips back",
          "[gui][sustain][demo]") {
    auto opened = storage::Database::openInMemory();
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> db = std::move(opened.value());
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(demo::DemoOptions{}).generate(), *db).ok());
    REQUIRE(demo::DemoSustainBuilder::add(*db).ok());
    const domain::BotilbudId home = storage::BotilbudRepository(*db).all().value().first().id;
    const QDate asOf(2025, 12, 31);
    services::SustainService sustain(*db);
    const auto changes = sustain.overview(home, asOf).value();
    REQUIRE(changes.size() >= 4);
    const auto rows = sustain.plan(home).value();
    CHECK(rows.size() == 2 * changes.size());
    int slipping = 0;
    for (const auto& change : changes)
        if (change.status == services::SustainStatus::SlippingBack) ++slipping;
    CHECK(slipping >= 1);
    const auto flags = services::SustainedChanges::slipBackSentences(
        services::DashboardService(*db).load(home, asOf).value());
    CHECK(flags.size() == 1);
    REQUIRE(demo::DemoSustainBuilder::add(*db).ok()); // a second run adds nothing
    CHECK(sustain.plan(home).value().size() == rows.size());

    // The view on the demo, to look at.
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Sustain);
    settle();
    window.grab().save(QStringLiteral("/tmp/sustain-demo-1366.png"));
    window.resize(1280, 680);
    settle();
    window.grab().save(QStringLiteral("/tmp/sustain-demo-1280.png"));

    // The demo as the app makes it today: changes adopted a few months ago, too few months yet.
    auto young = storage::Database::openInMemory();
    REQUIRE(young.ok());
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), **young).ok());
    REQUIRE(demo::DemoSustainBuilder::add(**young, options.asOf).ok());
    app::MainWindow youngWindow(std::move(young.value()), dialogs);
    youngWindow.resize(1366, 768);
    youngWindow.show();
    youngWindow.showView(app::ViewId::Sustain);
    settle();
    youngWindow.grab().save(QStringLiteral("/tmp/sustain-young-1366.png"));
    auto* youngView = qobject_cast<app::SustainView*>(youngWindow.viewWidget(app::ViewId::Sustain));
    REQUIRE(youngView);
    youngView->sustainPage().detailTabs()->setCurrentIndex(1);
    settle();
    youngWindow.grab().save(QStringLiteral("/tmp/sustain-young-plan-1366.png"));
}
