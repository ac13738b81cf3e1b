// Spreading (issue 16) through the screens: an adopted change exported from one botilbud's
// database on the Spredning tab and imported into a second database with the fake dialogs
// (the sender's key trusted on the way), the story readable, a second import refused as
// already received; and the spread matrix with its plan in the consultant's overview.
#include "../FakeDialogService.h"
#include "app/reports/ConsultantPage.h"
#include "app/spread/SpreadMatrixPage.h"
#include "app/spread/SpreadPage.h"
#include "charts/ChartNumberFormat.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoSpreadBuilder.h"
#include "demo/DemoWriter.h"
#include "services/workspace/Workspace.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionIdentity.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

const QString kSharedKey = QStringLiteral("6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7");

std::unique_ptr<storage::Database> memoryDatabase() {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    return std::move(db.value());
}

BotilbudId addHome(storage::Database& db, const QString& name, const QString& kommune) {
    auto id = storage::BotilbudRepository(db).createWithDefaults(
        Botilbud{{}, name, kommune, 12, QDate(2025, 1, 1)}, QDate(2025, 3, 1));
    REQUIRE(id.ok());
    return *id;
}

// A change idea under a primary driver with one PDSA cycle of `status` and `decision`.
void addChange(storage::Database& db, BotilbudId home, const QString& title, const QString& key,
               PdsaStatus status, std::optional<ActDecision> decision) {
    storage::ImprovementRepository improvement(db);
    auto driver = improvement.addDriver(Driver{{},
                                               home,
                                               std::nullopt,
                                               DriverLevel::Primary,
                                               std::nullopt,
                                               QStringLiteral("Sikker dispensering"),
                                               1});
    REQUIRE(driver.ok());
    auto idea = improvement.addChangeIdea(
        ChangeIdea{{}, home, *driver, title, QStringLiteral("To tjekker æsken"), key});
    REQUIRE(idea.ok());
    const QList<Measure> measures = storage::MeasureRepository(db).forBotilbud(home).value();
    PdsaCycle cycle;
    cycle.botilbudId = home;
    cycle.title = title + QStringLiteral(" i aftenvagten");
    cycle.changeIdeaId = *idea;
    cycle.measureIds = {measures.constFirst().id};
    cycle.status = status;
    cycle.decision = decision;
    cycle.startDate = QDate(2026, 5, 4);
    if (decision) cycle.endDate = QDate(2026, 6, 1);
    cycle.prediction = QStringLiteral("Færre fejl ved aftenrunden");
    cycle.studyResult = QStringLiteral("Ingen fejl i fire uger");
    REQUIRE(storage::PdsaRepository(db).add(cycle).ok());
}

void grab(QWidget& widget, const QString& name, QSize size = QSize(1366, 768)) {
    widget.resize(size);
    QApplication::processEvents();
    widget.grab().save(QStringLiteral("/tmp/spread-%1.png").arg(name));
}

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("An adopted change is exported on the Spredning tab and imported into a second botilbud's database",
          "[gui][spread]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dobbelttjek.forandringspakke.json"));
    FakeDialogService dialogs;

    services::Workspace origin(memoryDatabase());
    const BotilbudId originHome =
        addHome(origin.database(), QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"));
    addChange(origin.database(), originHome, QStringLiteral("Dobbelttjek"), {}, PdsaStatus::Completed,
              ActDecision::Adopt);
    origin.setCurrentBotilbud(originHome);
    app::SpreadPage exporting(origin, dialogs);
    exporting.show();
    grab(exporting, QStringLiteral("page-export"));
    QTableWidget* adopted = exporting.adoptedTable();
    REQUIRE(adopted->rowCount() == 1);
    CHECK(adopted->item(0, 2)->text() == app::SpreadPage::tr("not exported yet"));
    auto* exportButton = child<QPushButton>(exporting, "exportChangeButton");
    CHECK_FALSE(exportButton->isEnabled()); // nothing chosen yet
    adopted->selectRow(0);
    REQUIRE(exportButton->isEnabled());
    dialogs.nextSaveFileName = file;
    exportButton->click();
    INFO(dialogs.warnings.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(dialogs.warnings.isEmpty());
    REQUIRE(QFile::exists(file));
    CHECK(dialogs.informations.constLast().contains(QStringLiteral("Dobbelttjek")));
    CHECK(adopted->item(0, 2)->text() == app::SpreadPage::tr("exported"));

    services::Workspace target(memoryDatabase());
    const BotilbudId targetHome =
        addHome(target.database(), QStringLiteral("Bostedet Solsikken"), QStringLiteral("Randers"));
    target.setCurrentBotilbud(targetHome);
    app::SpreadPage importing(target, dialogs);
    importing.show();
    dialogs.nextOpenFileName = file;
    dialogs.trustAnswer = true;
    child<QPushButton>(importing, "importChangeButton")->click();
    REQUIRE(dialogs.trustQuestions.size() == 1); // the origin's key, compared once
    CHECK(dialogs.trustQuestions.constFirst().startsWith(QStringLiteral("Bostedet Lærkehøj")));
    INFO(dialogs.warnings.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(dialogs.warnings.isEmpty());
    CHECK(dialogs.informations.constLast().contains(QStringLiteral("Dobbelttjek")));
    QTableWidget* received = importing.receivedTable();
    REQUIRE(received->rowCount() == 1);
    CHECK(received->item(0, 1)->text().contains(QStringLiteral("Bostedet Lærkehøj")));
    CHECK(received->item(0, 3)->text().contains(
        services::SpreadStatusRule::label(services::SpreadStatus::NotStarted)));
    received->selectRow(0);
    const QString story = importing.storyView()->toPlainText();
    CHECK(story.contains(QStringLiteral("Dobbelttjek i aftenvagten")));
    CHECK(story.contains(QStringLiteral("Ingen fejl i fire uger")));
    CHECK(story.contains(QStringLiteral("Aarhus")));
    CHECK(target.pdsa().cycles(targetHome).value().size() == 1);
    grab(importing, QStringLiteral("page-import"));

    // Twice: nothing changes, and the person is told when it came.
    const int informations = static_cast<int>(dialogs.informations.size());
    child<QPushButton>(importing, "importChangeButton")->click();
    REQUIRE(dialogs.informations.size() == informations + 1);
    // The message in whatever language is loaded: its words after the date.
    const QString already = app::SpreadPage::tr("\"%1\" from %2 was already received %3. Nothing was changed.");
    CHECK(dialogs.informations.constLast().endsWith(already.mid(already.indexOf(QStringLiteral("%3")) + 2)));
    CHECK(received->rowCount() == 1);
    CHECK(target.pdsa().cycles(targetHome).value().size() == 1);
}

TEST_CASE("The consultant's overview shows the spread matrix and plans a month in a cell", "[gui][spread]") {
    FakeDialogService dialogs;
    services::Workspace consultant(memoryDatabase());
    storage::Database& db = consultant.database();
    const BotilbudId first = addHome(db, QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"));
    const BotilbudId second = addHome(db, QStringLiteral("Bofællesskabet Egely"), QStringLiteral("Randers"));
    const BotilbudId third = addHome(db, QStringLiteral("Christianshøj"), QStringLiteral("Viborg"));
    addChange(db, first, QStringLiteral("Dobbelttjek"), kSharedKey, PdsaStatus::Completed,
              ActDecision::Adopt);
    addChange(db, second, QStringLiteral("Dobbelttjek"), kSharedKey, PdsaStatus::Doing, std::nullopt);
    addChange(db, third, QStringLiteral("Tavlemøde"), {}, PdsaStatus::Studying, std::nullopt);
    consultant.setCurrentBotilbud(first);

    app::ConsultantPage page(consultant, dialogs);
    page.resize(1366, 768);
    page.show();
    app::SpreadMatrixPage* spread = page.spreadMatrix();
    REQUIRE(spread);
    auto* tabs = child<QTabWidget>(page, "consultantTabWidget");
    tabs->setCurrentWidget(spread);
    QApplication::processEvents();
    QTableWidget* table = spread->matrixTable();
    REQUIRE(table->columnCount() == 3);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("Dobbelttjek"));
    const int egely = spread->matrix().column(second);
    const int christianshoj = spread->matrix().column(third);
    CHECK(table->item(0, spread->matrix().column(first))->text().startsWith(QStringLiteral("✔")));
    CHECK(table->item(0, egely)->text().startsWith(QStringLiteral("◐")));
    CHECK(table->item(0, christianshoj)->text().startsWith(QStringLiteral("○")));

    // Plan that Christianshøj takes up Dobbelttjek in March 2027.
    REQUIRE(spread->selectCell(kSharedKey, third));
    auto* month = child<QDateEdit>(*spread, "plannedMonthEdit");
    REQUIRE(month->isEnabled());
    month->setDate(QDate(2027, 3, 1));
    child<QLineEdit>(*spread, "planNoteEdit")->setText(QStringLiteral("Aftalt på læringstræf 3"));
    child<QPushButton>(*spread, "savePlanButton")->click();
    const QString planned =
        app::SpreadMatrixPage::tr("planned %1").arg(charts::ChartNumberFormat::month(QDate(2027, 3, 1)));
    CHECK(table->item(0, christianshoj)->text().contains(planned));
    REQUIRE(consultant.spreadPlan().entries().value().size() == 1);
    grab(page, QStringLiteral("consultant-matrix"));

    // A month too far ahead is refused beside the fields, and nothing is saved.
    REQUIRE(spread->selectCell(kSharedKey, second));
    month->setDate(QDate::currentDate().addYears(9));
    child<QPushButton>(*spread, "savePlanButton")->click();
    auto* message = child<QLabel>(*spread, "planMessageLabel");
    CHECK(message->isVisibleTo(spread));
    CHECK_FALSE(message->text().isEmpty());
    CHECK(consultant.spreadPlan().entries().value().size() == 1);
}

TEST_CASE(
    "The demo gives the consultant a spread matrix with a mix and a plan, and the botilbud a received change",
    "[gui][spread][demo]") {
    const QDate asOf(2026, 12, 6);
    auto db = memoryDatabase();
    demo::DemoOptions options;
    options.asOf = asOf;
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), *db).ok());
    const BotilbudId local = storage::BotilbudRepository(*db).all().value().constFirst().id;
    REQUIRE(demo::DemoReceivedPackages::add(*db, 5, 12, demo::DemoReceivedPackages::kDefaultSeed, asOf).ok());
    // Called again (as a caller might), nothing is added twice.
    REQUIRE(demo::DemoSpreadBuilder::addReceivedChangeToLocal(*db, asOf).ok());

    FakeDialogService dialogs;
    services::Workspace workspace(std::move(db));
    workspace.setCurrentBotilbud(local);
    const auto matrix = workspace.spreadMatrix().matrix().value();
    CHECK(matrix.columns.size() == 6);
    int keyedRows = 0;
    int mixed = 0;
    int planned = 0;
    for (const services::SpreadRow& row : matrix.rows) {
        keyedRows += row.spreadKey.isEmpty() ? 0 : 1;
        QSet<int> statuses;
        for (const services::SpreadCell& cell : row.cells) {
            statuses.insert(static_cast<int>(cell.status));
            planned += cell.plan ? 1 : 0;
        }
        mixed += statuses.size() > 1 ? 1 : 0;
    }
    CHECK(keyedRows >= 8);
    CHECK(mixed >= 4);
    CHECK(planned == 2);

    app::ConsultantPage page(workspace, dialogs);
    page.show();
    child<QTabWidget>(page, "consultantTabWidget")->setCurrentWidget(page.spreadMatrix());
    grab(page, QStringLiteral("demo-matrix"));

    app::SpreadPage spread(workspace, dialogs);
    spread.show();
    REQUIRE(spread.receivedTable()->rowCount() == 1);
    CHECK(spread.receivedTable()->item(0, 1)->text().contains(QStringLiteral("Kastanjehøj")));
    spread.receivedTable()->selectRow(0);
    CHECK(spread.storyView()->toPlainText().contains(QStringLiteral("Foto på medicinkortet")));
    CHECK(spread.adoptedTable()->rowCount() > 0);
    grab(spread, QStringLiteral("demo-page"));
    // The room the tab has inside the main window at 1366×768 and at 1280×680.
    grab(spread, QStringLiteral("demo-page-in-window"), QSize(1130, 600));
    grab(page, QStringLiteral("demo-matrix-in-window"), QSize(1050, 520));
}

TEST_CASE("A staff member sees why change packages cannot be exchanged", "[gui][spread][access]") {
    FakeDialogService dialogs;
    services::Workspace workspace(memoryDatabase());
    const BotilbudId home =
        addHome(workspace.database(), QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"));
    addChange(workspace.database(), home, QStringLiteral("Dobbelttjek"), {}, PdsaStatus::Completed,
              ActDecision::Adopt);
    Person staff;
    staff.botilbudId = home;
    staff.name = QStringLiteral("Medarbejder");
    staff.roles = PersonRole::Staff;
    storage::SessionIdentity who;
    who.signedIn = true;
    who.person = storage::PersonRepository(workspace.database()).add(staff).value();
    who.botilbud = home;
    who.roles = PersonRole::Staff;
    who.login = QStringLiteral("medarbejder");
    who.name = staff.name;
    workspace.database().setSession(who);
    workspace.setCurrentBotilbud(home);

    app::SpreadPage page(workspace, dialogs);
    page.show();
    page.adoptedTable()->selectRow(0);
    auto* exportButton = child<QPushButton>(page, "exportChangeButton");
    auto* importButton = child<QPushButton>(page, "importChangeButton");
    CHECK_FALSE(exportButton->isEnabled());
    CHECK_FALSE(importButton->isEnabled());
    CHECK_FALSE(importButton->toolTip().isEmpty());
    CHECK(importButton->toolTip() == workspace.may(services::AccessAction::ExchangeChangePackages).reason);
}
