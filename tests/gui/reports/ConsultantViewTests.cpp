#include "../FakeDialogService.h"
#include "ReportTestDatabase.h"
#include "app/MainWindow.h"
#include "app/reports/BotilbudChartTile.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/ConsultantReportPanel.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/ReportComposerPage.h"
#include "app/reports/SmallMultiplesPage.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "services/packages/PackageTrust.h"
#include "storage/MonthlyReportRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

struct ConsultantFixture {
    FakeDialogService dialogs;
    app::MainWindow window;
    app::MonthlyReportView* view = nullptr;
    app::ConsultantPage* page = nullptr;

    explicit ConsultantFixture(std::unique_ptr<storage::Database> db) : window(std::move(db), dialogs) {
        window.resize(1366, 768);
        window.show();
        window.showView(app::ViewId::MonthlyReport);
        view = qobject_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport));
        REQUIRE(view);
        page = view->consultant();
        view->tabs()->setCurrentWidget(page);
        QCoreApplication::processEvents();
    }
    const services::ConsultantRow& row(int r) {
        const services::ConsultantRow* found = page->gridModel()->rowAt(r);
        REQUIRE(found);
        return *found;
    }
    std::optional<domain::ReportStatus> statusOf(domain::BotilbudId botilbud, const QDate& month) {
        const QModelIndex index = page->gridModel()->indexOf(botilbud, month);
        REQUIRE(index.isValid());
        return page->gridModel()->cellAt(index)->status;
    }
};

QList<domain::MonthlyReport> reportsOf(storage::Database& db, domain::BotilbudId botilbud) {
    auto r = storage::MonthlyReportRepository(db).forBotilbud(botilbud);
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("the consultant's grid shows the demo's report statuses", "[reports]") {
    ConsultantFixture f(reportTestDatabase(2));
    auto* model = f.page->gridModel();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->columnCount() == 12);
    CHECK(model->headerData(0, Qt::Vertical).toString() == f.row(0).botilbud.name);
    for (int r = 0; r < 2; ++r) {
        const services::ConsultantRow& row = f.row(r);
        const QList<domain::MonthlyReport> reports = reportsOf(f.window.database(), row.botilbud.id);
        // The grid ends at the newest report: the draft, with the sent one before it.
        CHECK(model->grid().months.last() == reports.first().month);
        CHECK(f.statusOf(row.botilbud.id, reports.at(0).month) == domain::ReportStatus::Draft);
        CHECK(f.statusOf(row.botilbud.id, reports.at(1).month) == domain::ReportStatus::Sent);
        CHECK(f.statusOf(row.botilbud.id, reports.at(2).month) == domain::ReportStatus::FeedbackReceived);
        // In words as well as colour.
        const QModelIndex sent = model->indexOf(row.botilbud.id, reports.at(1).month);
        CHECK(model->data(sent).toString() == app::ConsultantGridModel::statusWord(*model->cellAt(sent)));
        CHECK(model->data(sent, Qt::BackgroundRole).value<QColor>() !=
              model->data(model->indexOf(row.botilbud.id, reports.at(0).month), Qt::BackgroundRole).value<QColor>());
    }
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("countLabel"))->text().startsWith(QStringLiteral("2 ")));

    // The search box narrows the rows.
    const QString first = f.row(0).botilbud.name;
    f.page->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(first);
    CHECK(f.page->table()->model()->rowCount() == 1);
}

TEST_CASE("saving feedback on a sent report changes its cell", "[reports]") {
    ConsultantFixture f(reportTestDatabase(1));
    const services::ConsultantRow& row = f.row(0);
    const domain::BotilbudId botilbud = row.botilbud.id;
    const QDate sentMonth = reportsOf(f.window.database(), botilbud).at(1).month;
    REQUIRE(f.page->selectReport(botilbud, sentMonth));
    auto* panel = f.page->reportPanel();
    auto* edit = panel->findChild<QPlainTextEdit*>(QStringLiteral("feedbackEdit"));
    REQUIRE(edit->isEnabled());
    edit->setPlainText(QStringLiteral("Flot arbejde med dobbeltkontrollen. Prøv den også i weekenden."));
    REQUIRE(panel->hasUnsavedChanges());
    panel->findChild<QPushButton*>(QStringLiteral("saveFeedbackButton"))->click();
    CHECK(f.dialogs.warnings.isEmpty());
    CHECK(f.statusOf(botilbud, sentMonth) == domain::ReportStatus::FeedbackReceived);
    auto stored = storage::MonthlyReportRepository(f.window.database()).forMonth(botilbud, sentMonth);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(stored->value().consultantFeedback.startsWith(QStringLiteral("Flot arbejde")));
    CHECK(stored->value().feedbackDate == QDate::currentDate());
    CHECK_FALSE(panel->hasUnsavedChanges());
    // The selection stays on the report just answered.
    CHECK(panel->month() == sentMonth);
}

TEST_CASE("feedback with a CPR number is refused beside the field", "[reports]") {
    ConsultantFixture f(reportTestDatabase(1));
    const domain::BotilbudId botilbud = f.row(0).botilbud.id;
    const QDate sentMonth = reportsOf(f.window.database(), botilbud).at(1).month;
    REQUIRE(f.page->selectReport(botilbud, sentMonth));
    auto* panel = f.page->reportPanel();
    panel->findChild<QPlainTextEdit*>(QStringLiteral("feedbackEdit"))->setPlainText(QStringLiteral("Se 010190-1234."));
    CHECK_FALSE(panel->saveFeedback());
    CHECK_FALSE(panel->findChild<QLabel*>(QStringLiteral("feedbackErrorLabel"))->isHidden());
    CHECK(f.statusOf(botilbud, sentMonth) == domain::ReportStatus::Sent);
}

TEST_CASE("small multiples show one tile per botilbud for the chosen measure", "[reports]") {
    ConsultantFixture f(reportTestDatabase(3));
    f.page->findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))->setCurrentWidget(f.page->smallMultiples());
    QCoreApplication::processEvents();
    auto* multiples = f.page->smallMultiples();
    multiples->ensureLoaded();
    REQUIRE(multiples->measureNames().size() > 3);
    CHECK(multiples->tiles().size() == 3);
    for (const QString& name : multiples->measureNames()) {
        REQUIRE(multiples->selectMeasure(name));
        for (app::BotilbudChartTile* tile : multiples->tiles())
            CHECK_FALSE(tile->badgeText().isEmpty());
    }
    // At least one measure gives every botilbud a verdict (the demo measures every month).
    bool allJudged = false;
    for (const QString& name : multiples->measureNames()) {
        multiples->selectMeasure(name);
        bool judged = true;
        for (app::BotilbudChartTile* tile : multiples->tiles())
            judged = judged && tile->verdict().has_value();
        allJudged = allJudged || judged;
    }
    CHECK(allJudged);
    f.page->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(f.row(0).botilbud.name);
    CHECK(multiples->visibleTiles().size() == 1);
}

TEST_CASE("a report travels as packages: botilbud → consultant → feedback → botilbud", "[reports]") {
    QTemporaryDir dir;
    const QString reportFile = dir.filePath(QStringLiteral("rapport.json"));
    const QString feedbackFile = dir.filePath(QStringLiteral("tilbagemelding.json"));

    // The botilbud sends its draft month as a package; that marks it sent.
    FakeDialogService homeDialogs;
    auto homeDb = reportTestDatabase(1);
    storage::Database* homeDatabase = homeDb.get(); // owned by the window; for the trust step below
    app::MainWindow home(std::move(homeDb), homeDialogs);
    home.resize(1366, 768);
    home.show();
    home.showView(app::ViewId::MonthlyReport);
    auto* homeView = qobject_cast<app::MonthlyReportView*>(home.viewWidget(app::ViewId::MonthlyReport));
    REQUIRE(homeView);
    auto* composer = homeView->composer();
    QCoreApplication::processEvents();
    const QDate month = composer->currentMonth();
    homeDialogs.nextSaveFileName = reportFile;
    REQUIRE(composer->sendPackage());
    CHECK(composer->report().status == domain::ReportStatus::Sent);

    // The consultant, in a database of their own, loads it together with a broken file.
    auto consultantDb = storage::Database::openInMemory();
    REQUIRE(consultantDb.ok());
    storage::Database* consultantDatabase = consultantDb.value().get();
    ConsultantFixture consultant(std::move(consultantDb.value()));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{ not a package");
    }
    // Packages are signed. The first time, the consultant is asked to compare the botilbud's
    // fingerprint; declining leaves the package out and trusts nothing.
    const auto homeFingerprint = services::PackageTrust(*homeDatabase).ownFingerprint();
    REQUIRE(homeFingerprint.ok());
    consultant.dialogs.nextOpenFileNames = {reportFile, broken};
    consultant.dialogs.trustAnswer = false;
    consultant.page->findChild<QPushButton*>(QStringLiteral("importPackagesButton"))->click();
    REQUIRE(consultant.dialogs.trustQuestions.size() == 1); // the broken file has no sender to ask about
    CHECK(consultant.dialogs.trustQuestions.first().endsWith(*homeFingerprint));
    REQUIRE(consultant.page->lastImport().size() == 2);
    CHECK(consultant.page->lastImport()[0].outcome == app::ReportPackageActions::FileResult::Outcome::Refused);
    CHECK(services::PackageTrust(*consultantDatabase).trustedKeys()->isEmpty());
    // Agreeing (after comparing by phone) trusts the key and imports the package.
    consultant.dialogs.trustAnswer = true;
    consultant.page->findChild<QPushButton*>(QStringLiteral("importPackagesButton"))->click();
    CHECK(consultant.dialogs.trustQuestions.size() == 2);
    REQUIRE(services::PackageTrust(*consultantDatabase).trustedKeys()->size() == 1);
    CHECK(services::PackageTrust(*consultantDatabase).trustedKeys()->first().fingerprint == *homeFingerprint);
    const auto results = consultant.page->lastImport();
    REQUIRE(results.size() == 2);
    CHECK(results[0].outcome == app::ReportPackageActions::FileResult::Outcome::Imported);
    CHECK(results[1].outcome == app::ReportPackageActions::FileResult::Outcome::Refused);
    CHECK_FALSE(results[1].detail.isEmpty());
    CHECK(consultant.page->findChild<QListWidget*>(QStringLiteral("importResultsList"))->count() == 2);
    // Loading the same file again changes nothing, and asks nothing: the key is trusted now.
    consultant.page->importPackageFiles({reportFile});
    CHECK(consultant.dialogs.trustQuestions.size() == 2);
    CHECK(consultant.page->lastImport().first().outcome ==
          app::ReportPackageActions::FileResult::Outcome::AlreadyImported);

    REQUIRE(consultant.page->gridModel()->rowCount() == 1);
    const domain::BotilbudId there = consultant.row(0).botilbud.id;
    CHECK(consultant.row(0).botilbud.origin == domain::BotilbudOrigin::Package);
    CHECK(consultant.statusOf(there, month) == domain::ReportStatus::Sent);
    REQUIRE(consultant.page->selectReport(there, month));
    auto* panel = consultant.page->reportPanel();
    panel->findChild<QPlainTextEdit*>(QStringLiteral("feedbackEdit"))->setPlainText(QStringLiteral("Godt gået."));
    REQUIRE(panel->saveFeedback());
    CHECK(consultant.statusOf(there, month) == domain::ReportStatus::FeedbackReceived);
    consultant.dialogs.nextSaveFileName = feedbackFile;
    REQUIRE(panel->exportFeedback());

    // Back at the botilbud, the feedback is read into the month's report once the tovholder
    // has compared the consultant's fingerprint and trusted it.
    homeDialogs.nextOpenFileName = feedbackFile;
    homeDialogs.trustAnswer = true;
    REQUIRE(composer->importFeedback());
    REQUIRE(homeDialogs.trustQuestions.size() == 1);
    CHECK(homeDialogs.trustQuestions.first().endsWith(*services::PackageTrust(*consultantDatabase).ownFingerprint()));
    CHECK(composer->report().status == domain::ReportStatus::FeedbackReceived);
    CHECK(composer->findChild<QPlainTextEdit*>(QStringLiteral("consultantFeedbackView"))->toPlainText() ==
          QStringLiteral("Godt gået."));
}

TEST_CASE("with many botilbud the small multiples answer at once and read the rest in batches", "[reports]") {
    ConsultantFixture f(reportTestDatabase(16));
    auto* multiples = f.page->smallMultiples();
    f.page->findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))->setCurrentWidget(multiples);
    multiples->ensureLoaded();
    CHECK(multiples->loading()); // the first screenful is shown, the rest still to come
    CHECK(multiples->tiles().size() < 16);
    CHECK_FALSE(multiples->tiles().isEmpty());
    CHECK(multiples->findChild<QLabel*>(QStringLiteral("verdictCountsLabel"))->text().contains(QStringLiteral("læser")));
    QElapsedTimer timer;
    timer.start();
    while (multiples->loading() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE_FALSE(multiples->loading());
    CHECK(multiples->tiles().size() == 16);
    REQUIRE(multiples->selectMeasure(QStringLiteral("Antal medicinfejl")));
    for (app::BotilbudChartTile* tile : multiples->tiles())
        CHECK(tile->verdict().has_value()); // every botilbud read and judged
    CHECK_FALSE(multiples->findChild<QLabel*>(QStringLiteral("verdictCountsLabel"))->text().contains(QStringLiteral("læser")));
}

TEST_CASE("all reports as PDF: every botilbud's report into one folder, by worker processes off the GUI thread",
          "[reports][all-reports]") {
    // The workers open the database file themselves, so it lives on disk here.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consultant.db"));
    {
        demo::DemoOptions options;
        options.botilbudCount = 3;
        REQUIRE(demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), path, true).ok());
    }
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    ConsultantFixture f(std::move(db.value()));
    const QString out = dir.filePath(QStringLiteral("rapporter"));
    QDir().mkpath(out);
    f.dialogs.nextFolder = out;
    auto* button = f.page->findChild<QPushButton*>("exportAllButton");
    REQUIRE(button);
    button->click();
    // The window keeps answering while the workers write: wait for their result.
    REQUIRE(QTest::qWaitFor([&] { return !f.dialogs.informations.isEmpty() || !f.dialogs.warnings.isEmpty(); }, 60000));
    INFO(f.dialogs.warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(f.dialogs.warnings.isEmpty());
    CHECK(f.dialogs.informations.constLast().startsWith(QStringLiteral("3 af 3 rapporter")));
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(pdfs.size() == 3);
}

TEST_CASE("all reports as PDF: no folder chosen, nothing started", "[reports][all-reports]") {
    ConsultantFixture f(reportTestDatabase(2));
    f.dialogs.nextFolder.clear();
    f.page->findChild<QPushButton*>("exportAllButton")->click();
    CHECK(f.page->findChild<QProgressDialog*>("exportAllProgress") == nullptr);
    CHECK(f.dialogs.warnings.isEmpty());
}
