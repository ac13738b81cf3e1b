#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/runcharts/ChartPage.h"
#include "app/runcharts/DashboardPage.h"
#include "app/runcharts/MeasureTile.h"
#include "app/runcharts/RunChartsView.h"
#include "charts/ChartView.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

const QString kHome = QStringLiteral("Bostedet Solsikken");
const QString kDispensing = QStringLiteral("Andel korrekt dispenserede doseringsæsker");

// A botilbud with the default measures and a programme from January 2024. Dispensing improves
// clearly after six baseline months (about 80 % → 95 %); a PDSA cycle on it starts in July 2024.
struct RunChartsDb {
    std::unique_ptr<storage::Database> db;
    domain::BotilbudId home;
    domain::MeasureId dispensing;
    int activeMeasures = 0;

    RunChartsDb() {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        domain::Botilbud b{{}, kHome, QStringLiteral("Fjordby"), 12, QDate(2023, 6, 1)};
        auto id = storage::BotilbudRepository(*db).createWithDefaults(b, QDate(2024, 1, 1));
        REQUIRE(id.ok());
        home = *id;
        auto measures = storage::MeasureRepository(*db).forBotilbud(home, true);
        REQUIRE(measures.ok());
        activeMeasures = static_cast<int>(measures->size());
        for (const auto& m : *measures)
            if (m.name == kDispensing) dispensing = m.id;
        REQUIRE(dispensing.isValid());
        QList<domain::Measurement> values;
        for (int i = 0; i < 24; ++i) {
            const double correct = (i < 6 ? 80.0 : 95.0) + (i % 3) - 1; // 79-81, then 94-96 of 100
            values << domain::Measurement{{},    dispensing, QDate(2024, 1, 1).addMonths(i), correct, 100.0,
                                          i < 6, {}, {}};
        }
        REQUIRE(storage::MeasureRepository(*db).addMeasurements(values).ok());
        domain::ChartSettings settings; // the baseline frozen after six months, as a tovholder would
        settings.freezeEnd = QDate(2024, 6, 1);
        REQUIRE(storage::MeasureRepository(*db).saveChartSettings(dispensing, settings).ok());
        for (const QDate& d : {QDate(2024, 2, 3), QDate(2024, 5, 17), QDate(2025, 11, 2)}) {
            domain::Incident incident;
            incident.botilbudId = home;
            incident.occurredDate = d;
            incident.reportedDate = d;
            incident.description = QStringLiteral("Aftenmedicin ikke givet.");
            REQUIRE(storage::IncidentRepository(*db).add(incident).ok());
        }
        domain::ChangeIdea idea;
        idea.botilbudId = home;
        idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
        auto ideaId = storage::ImprovementRepository(*db).addChangeIdea(idea);
        REQUIRE(ideaId.ok());
        domain::PdsaCycle cycle;
        cycle.botilbudId = home;
        cycle.changeIdeaId = *ideaId;
        cycle.prediction = QStringLiteral("Færre fejl i æskerne");
        cycle.number = 1;
        cycle.title = QStringLiteral("Dobbeltkontrol ved dispensering");
        cycle.startDate = QDate(2024, 7, 1);
        cycle.endDate = QDate(2024, 7, 21);
        cycle.decision = domain::ActDecision::Adopt;
        cycle.status = domain::PdsaStatus::Completed;
        cycle.measureIds = {dispensing};
        REQUIRE(storage::PdsaRepository(*db).add(cycle).ok());
    }
};

struct Harness {
    FakeDialogService dialogs;
    RunChartsDb data;
    storage::Database* db = nullptr;
    std::unique_ptr<app::MainWindow> window;
    app::RunChartsView* view = nullptr;

    Harness() {
        db = data.db.get();
        window = std::make_unique<app::MainWindow>(std::move(data.db), dialogs);
        window->resize(1366, 768);
        window->show();
        window->showView(app::ViewId::RunCharts);
        view = qobject_cast<app::RunChartsView*>(window->viewWidget(app::ViewId::RunCharts));
        REQUIRE(view);
    }

    app::MeasureTile* tileFor(domain::MeasureId id) const {
        for (auto* tile : view->dashboard()->tiles())
            if (tile->measureId() == id) return tile;
        return nullptr;
    }
    domain::ChartSettings savedSettings() const {
        auto m = storage::MeasureRepository(*db).get(data.dispensing);
        REQUIRE(m.ok());
        return m->chartSettings;
    }
    app::ChartPage* openDispensing() {
        auto* tile = tileFor(data.dispensing);
        REQUIRE(tile);
        QTest::mouseClick(tile, Qt::LeftButton);
        REQUIRE(view->isShowingChart());
        return view->chartPage();
    }
};

} // namespace

TEST_CASE("run charts: the dashboard shows a tile per measure, badged with the verdict") {
    Harness h;
    const auto tiles = h.view->dashboard()->tiles();
    CHECK(tiles.size() == h.data.activeMeasures);
    auto* tile = h.tileFor(h.data.dispensing);
    REQUIRE(tile);
    CHECK(tile->verdict() == charts::SignalVerdict::Kind::Improvement);
    CHECK(tile->badgeText().startsWith(QStringLiteral("▲")));
    auto* days = h.view->dashboard()->findChild<QLabel*>("daysSinceErrorLabel");
    REQUIRE(days);
    CHECK(days->text() == QString::number(QDate(2025, 11, 2).daysTo(QDate::currentDate())));
    auto* phase = h.view->dashboard()->findChild<QLabel*>("phaseProgressLabel");
    REQUIRE(phase);
    CHECK_FALSE(phase->text().isEmpty());
    // The measures without values say so instead of showing an empty chart.
    int improvements = 0;
    for (auto* t : tiles)
        if (t->verdict() == charts::SignalVerdict::Kind::Improvement) ++improvements;
    CHECK(improvements >= 1);
}

TEST_CASE("run charts: clicking a tile opens the full chart with its PDSA marker, and back returns") {
    Harness h;
    app::ChartPage* page = h.openDispensing();
    REQUIRE(page->chart());
    CHECK(page->chart()->measure.name == kDispensing);
    const charts::ChartSpec& spec = page->chartView()->spec();
    CHECK(spec.title == kDispensing);
    CHECK(spec.unit == QStringLiteral("%"));
    REQUIRE(spec.annotations.size() == 2); // the cycle at its start, the adopted change at its end
    CHECK(spec.annotations[0].number == 1);
    CHECK(spec.annotations[0].label.contains(QStringLiteral("Dobbeltkontrol ved dispensering")));
    auto* legend = page->findChild<QLabel*>("annotationLegendLabel");
    REQUIRE(legend);
    CHECK(legend->text().contains(QStringLiteral("Dobbeltkontrol")));
    auto* back = page->findChild<QPushButton*>("backButton");
    REQUIRE(back);
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK_FALSE(h.view->isShowingChart());
}

TEST_CASE("run charts: freeze, split and chart type are saved with the measure") {
    Harness h;
    app::ChartPage* page = h.openDispensing();
    auto* freezeCombo = page->findChild<QComboBox*>("freezeComboBox");
    REQUIRE(freezeCombo);
    CHECK(freezeCombo->currentData().toDate() == QDate(2024, 6, 1)); // the saved freeze is shown
    const int may = freezeCombo->findData(QDate(2024, 5, 1));
    REQUIRE(may >= 0);
    freezeCombo->setCurrentIndex(may);
    QTest::mouseClick(page->findChild<QPushButton*>("freezeButton"), Qt::LeftButton);
    CHECK(h.savedSettings().freezeEnd == QDate(2024, 5, 1));
    REQUIRE(page->chart()->result);
    CHECK(page->chart()->result->points[4].baseline);
    CHECK_FALSE(page->chart()->result->points[5].baseline);

    auto* splitCombo = page->findChild<QComboBox*>("splitComboBox");
    splitCombo->setCurrentIndex(splitCombo->findData(12));
    QTest::mouseClick(page->findChild<QPushButton*>("splitButton"), Qt::LeftButton);
    CHECK(h.savedSettings().splitDates == QList<QDate>{QDate(2025, 1, 1)});
    REQUIRE(page->chart()->result);
    CHECK(page->chart()->result->parts.size() == 2);
    CHECK_FALSE(page->chart()->result->points[6].baseline); // still frozen inside the first part
    CHECK(page->chart()->result->points[13].baseline);

    CHECK(page->chooseChart(domain::ChartType::P));
    auto saved = storage::MeasureRepository(*h.db).get(h.data.dispensing);
    REQUIRE(saved.ok());
    CHECK(saved->defaultChart == domain::ChartType::P);
    CHECK(page->chart()->result->chart == analysis::ChartType::P);
    CHECK(h.savedSettings().freezeEnd == QDate(2024, 5, 1)); // the type change keeps the settings

    // Taking the freeze back through the menu.
    auto* remove = page->findChild<QToolButton*>("removeSettingButton");
    REQUIRE(remove);
    QAction* removeFreeze = remove->menu()->findChild<QAction*>("removeFreezeAction");
    REQUIRE(removeFreeze);
    removeFreeze->trigger();
    CHECK_FALSE(h.savedSettings().freezeEnd.isValid());
    CHECK(h.savedSettings().splitDates.size() == 1);
}

TEST_CASE("run charts: excluding a point needs a written reason") {
    Harness h;
    app::ChartPage* page = h.openDispensing();
    auto* combo = page->findChild<QComboBox*>("excludeComboBox");
    auto* reason = page->findChild<QLineEdit*>("reasonLineEdit");
    auto* error = page->findChild<QLabel*>("reasonErrorLabel");
    REQUIRE(combo);
    REQUIRE(reason);
    REQUIRE(error);
    combo->setCurrentIndex(7);

    reason->setText(QStringLiteral("   "));
    QTest::mouseClick(page->findChild<QPushButton*>("excludeButton"), Qt::LeftButton);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(h.savedSettings().exclusions.isEmpty());

    reason->setText(QStringLiteral("Ferieafløsere talte æskerne"));
    QTest::mouseClick(page->findChild<QPushButton*>("excludeButton"), Qt::LeftButton);
    CHECK_FALSE(error->isVisible());
    const auto saved = h.savedSettings().exclusions;
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].period == QDate(2024, 8, 1));
    CHECK(saved[0].reason == QStringLiteral("Ferieafløsere talte æskerne"));
    REQUIRE(page->chart()->result);
    CHECK_FALSE(page->chart()->result->points[7].include);
    auto* exclusions = page->findChild<QLabel*>("exclusionsLabel");
    REQUIRE(exclusions);
    CHECK(exclusions->text().contains(QStringLiteral("Ferieafløsere talte æskerne")));

    // Back on the dashboard the tile is computed with the exclusion.
    h.view->showDashboard();
    REQUIRE(h.tileFor(h.data.dispensing));
}

TEST_CASE("run charts: export writes the file the person chose") {
    Harness h;
    app::ChartPage* page = h.openDispensing();
    QTemporaryDir dir;
    h.dialogs.nextSaveFileName = dir.filePath(QStringLiteral("dispensering"));
    REQUIRE(page->exportAs(QStringLiteral("png")));
    const QFileInfo png(dir.filePath(QStringLiteral("dispensering.png")));
    CHECK(png.exists());
    CHECK(png.size() > 1000);
    h.dialogs.nextSaveFileName = dir.filePath(QStringLiteral("dispensering.pdf"));
    REQUIRE(page->exportAs(QStringLiteral("pdf")));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("dispensering.pdf"))).size() > 1000);
    h.dialogs.nextSaveFileName.clear(); // cancelled
    CHECK_FALSE(page->exportAs(QStringLiteral("svg")));
}

TEST_CASE("run charts: a new database or botilbud brings the dashboard back") {
    Harness h;
    h.openDispensing();
    domain::Botilbud other{
        {}, QStringLiteral("Bostedet Anden"), QStringLiteral("Fjordby"), 8, QDate(2023, 6, 1)};
    REQUIRE(storage::BotilbudRepository(*h.db).createWithDefaults(other, QDate(2024, 1, 1)).ok());
    h.window->reloadBotilbud();
    CHECK_FALSE(h.view->isShowingChart());
    auto* title = h.view->dashboard()->findChild<QLabel*>("dashboardTitleLabel");
    REQUIRE(title);
    CHECK(title->text().contains(
        h.window->currentBotilbud() == h.data.home ? kHome : QStringLiteral("Bostedet Anden")));
}

// Pictures for a person to look at (not run by default): the dashboard of a database and the
// full chart of one measure with a frozen baseline, a new part and an excluded point.
//   MEDSAFE_RUNCHART_DB=demo.db MEDSAFE_SCREENSHOTS=/tmp gui_tests "[.screenshots]"
// The database is copied first, so the settings made here never reach it.
TEST_CASE("run charts: screenshots of the dashboard and a full chart", "[.screenshots]") {
    const QString source = qEnvironmentVariable("MEDSAFE_RUNCHART_DB");
    if (source.isEmpty()) {
        WARN("set MEDSAFE_RUNCHART_DB to a demo database");
        return;
    }
    const QString out = qEnvironmentVariable("MEDSAFE_SCREENSHOTS", QStringLiteral("/tmp"));
    const QString measureName = qEnvironmentVariable("MEDSAFE_RUNCHART_MEASURE", kDispensing);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(source, copy));
    auto db = storage::Database::open(copy);
    REQUIRE(db.ok());
    storage::Database* raw = db.value().get();
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::RunCharts);
    auto* view = qobject_cast<app::RunChartsView*>(window.viewWidget(app::ViewId::RunCharts));
    REQUIRE(view);
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/runcharts-dashboard.png")));

    app::MeasureTile* tile = nullptr;
    for (auto* t : view->dashboard()->tiles()) {
        auto m = storage::MeasureRepository(*raw).get(t->measureId());
        if (m.ok() && m->name == measureName) tile = t;
    }
    REQUIRE(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    app::ChartPage* page = view->chartPage();
    REQUIRE(page->chart());
    const auto& points = page->chart()->series.points;
    REQUIRE(points.size() > 12);
    const QDate june = QDate(points.first().date.year(), points.first().date.month(), 1).addMonths(5);
    auto* freeze = page->findChild<QComboBox*>("freezeComboBox");
    page->freezeAt(freeze->findData(june));
    // A new part from the month the change was adopted; one odd month left out.
    page->splitAt(qEnvironmentVariableIntValue("MEDSAFE_RUNCHART_SPLIT") > 0
                      ? qEnvironmentVariableIntValue("MEDSAFE_RUNCHART_SPLIT")
                      : 9);
    page->excludePoint(14, QStringLiteral("Ferieafløsere talte æskerne"));
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/runcharts-chart.png")));
    dialogs.nextSaveFileName = out + QStringLiteral("/runcharts-chart-export.png");
    CHECK(page->exportAs(QStringLiteral("png")));
    dialogs.nextSaveFileName = out + QStringLiteral("/runcharts-chart-export.pdf");
    CHECK(page->exportAs(QStringLiteral("pdf")));
}
