#include <catch2/catch.hpp>

#include "FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/UnsavedWork.h"
#include "app/ViewCatalog.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace medsafe;

namespace {

std::unique_ptr<storage::Database> databaseWith(const QStringList& names, const QDate& start) {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    storage::BotilbudRepository repo(*db.value());
    for (const QString& name : names) {
        domain::Botilbud b;
        b.name = name;
        b.municipality = QStringLiteral("Testkommune");
        b.residentCount = 12;
        b.createdDate = start;
        REQUIRE(repo.createWithDefaults(b, start).ok());
    }
    return std::move(db.value());
}

QByteArray sha256(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("main window: Danish navigation in the order of the brief") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({"Bostedet Test"}, QDate::currentDate().addMonths(-1)), dialogs);
    auto* nav = window.findChild<QListWidget*>("navigationList");
    REQUIRE(nav);
    QStringList titles;
    // A long title is shown on two lines.
    for (int i = 0; i < nav->count(); ++i) titles << nav->item(i)->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
    CHECK(titles == QStringList{"Oversigt", "Forbedringsarbejde", "PDSA", "Målinger", "Seriediagrammer",
                                "Hændelser", "Forløb og kompetencer", "Månedsrapport", "Historik", "Apotek",
                                "Opstart", "Fastholdelse og spredning"});
    CHECK(window.currentView() == app::ViewId::Overview);
    CHECK(window.windowTitle() == "Oversigt – Medicinsikker");
}

TEST_CASE("main window: Ctrl+1…8 and the list switch views") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({"Bostedet Test"}, QDate::currentDate()), dialogs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>("viewStack");
    REQUIRE(stack);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentView() == app::ViewId::Pdsa);
    CHECK(stack->currentWidget() == window.viewWidget(app::ViewId::Pdsa));

    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    CHECK(window.currentView() == app::ViewId::MonthlyReport);

    window.findChild<QListWidget*>("navigationList")->setCurrentRow(5);
    CHECK(window.currentView() == app::ViewId::Incidents);
    CHECK(window.windowTitle() == "Hændelser – Medicinsikker");
}

TEST_CASE("main window: botilbud selector and current phase") {
    FakeDialogService dialogs;
    // Started nine months ago: month 9 of the programme lies in phase 2 (months 6–14).
    const QDate start = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-9);
    app::MainWindow window(databaseWith({"Bostedet Anemonen", "Bostedet Birken"}, start), dialogs);
    auto* combo = window.findChild<QComboBox*>("botilbudComboBox");
    REQUIRE(combo);
    REQUIRE(combo->count() == 2);
    CHECK(combo->itemText(0).startsWith("Bostedet Anemonen"));
    CHECK(combo->itemText(0).contains("Testkommune"));

    QSignalSpy changed(&window, &app::MainWindow::currentBotilbudChanged);
    combo->setCurrentIndex(1);
    REQUIRE(changed.count() == 1);
    CHECK(window.currentBotilbud().isValid());

    auto* phase = window.findChild<QLabel*>("phaseLabel");
    REQUIRE(phase);
    CHECK(phase->text().startsWith("Fase 2 af 4"));
}

TEST_CASE("main window: an empty database says so") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({}, QDate::currentDate()), dialogs);
    CHECK_FALSE(window.currentBotilbud().isValid());
    CHECK(window.findChild<QLabel*>("phaseLabel")->text() == "Der er endnu ingen botilbud i denne database");
    CHECK_FALSE(window.findChild<QComboBox*>("botilbudComboBox")->isEnabled());
}

TEST_CASE("main window: opening a file that is not a database is refused and changes nothing") {
    QTemporaryDir dir;
    const QString textFile = dir.filePath("notes.db");
    {
        QFile f(textFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Dette er ikke en database\n");
    }
    const QByteArray before = sha256(textFile);

    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({"Bostedet Test"}, QDate::currentDate()), dialogs);
    const QString labelBefore = window.findChild<QLabel*>("databaseLabel")->text();
    dialogs.nextOpenFileName = textFile;
    window.findChild<QAction*>("openDatabaseAction")->trigger();

    REQUIRE(dialogs.warnings.size() == 1);
    CHECK(dialogs.warnings.first().contains("Filen er ikke blevet ændret"));
    CHECK(window.findChild<QLabel*>("databaseLabel")->text() == labelBefore);
    CHECK(window.findChild<QComboBox*>("botilbudComboBox")->count() == 1);
    CHECK(sha256(textFile) == before);
    CHECK_FALSE(QFile::exists(textFile + "-wal"));
}

TEST_CASE("main window: a view widget replaces its placeholder") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({"Bostedet Test"}, QDate::currentDate()), dialogs);
    auto* widget = new QLabel("Målinger her");
    window.setViewWidget(app::ViewId::Measurements, widget);
    window.showView(app::ViewId::Measurements);
    CHECK(window.findChild<QStackedWidget*>("viewStack")->currentWidget() == widget);
}

namespace {
class EditingView : public QLabel, public app::UnsavedWork {
public:
    bool dirty = true;
    bool saveWorks = true;
    int saves = 0;
    int discards = 0;
    bool hasUnsavedChanges() const override { return dirty; }
    bool saveChanges() override {
        ++saves;
        if (saveWorks) dirty = false;
        return saveWorks;
    }
    void discardChanges() override {
        ++discards;
        dirty = false;
    }
};
} // namespace

TEST_CASE("main window: unsaved changes are never lost silently") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({"Bostedet A", "Bostedet B"}, QDate::currentDate()), dialogs);
    auto* view = new EditingView;
    window.setViewWidget(app::ViewId::Pdsa, view);
    window.show();
    auto* combo = window.findChild<QComboBox*>("botilbudComboBox");
    const auto first = window.currentBotilbud();

    SECTION("cancel keeps the window open and the botilbud selected") {
        dialogs.nextSaveChoice = app::DialogService::SaveChoice::Cancel;
        CHECK_FALSE(window.close());
        CHECK(window.isVisible());
        combo->setCurrentIndex(1 - combo->currentIndex());
        CHECK(window.currentBotilbud() == first);
        CHECK(view->saves == 0);
        CHECK(window.currentView() == app::ViewId::Pdsa);
    }
    SECTION("save writes before closing") {
        dialogs.nextSaveChoice = app::DialogService::SaveChoice::Save;
        CHECK(window.close());
        CHECK(view->saves == 1);
    }
    SECTION("a failed save keeps the window open") {
        view->saveWorks = false;
        dialogs.nextSaveChoice = app::DialogService::SaveChoice::Save;
        CHECK_FALSE(window.close());
        CHECK(view->dirty);
    }
    SECTION("discard lets the botilbud change") {
        dialogs.nextSaveChoice = app::DialogService::SaveChoice::Discard;
        combo->setCurrentIndex(1 - combo->currentIndex());
        CHECK(window.currentBotilbud() != first);
        CHECK(view->discards == 1);
    }
}

TEST_CASE("main window: the navigation keeps one width in every view", "[gui][layout]") {
    FakeDialogService dialogs;
    app::MainWindow window(databaseWith({QStringLiteral("Bostedet Test")}, QDate(2024, 1, 1)), dialogs);
    window.resize(1366, 768);
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation);
    const int width = navigation->width();
    for (app::ViewId view : app::kAllViews) {
        window.showView(view);
        QCoreApplication::processEvents();
        INFO(app::ViewCatalog::title(view).toStdString());
        CHECK(navigation->width() == width);
    }
    // Every entry shows whole.
    for (int row = 0; row < navigation->count(); ++row)
        CHECK(navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text()) + navigation->iconSize().width() <
              width);
}

TEST_CASE("main window: size and position are remembered from one start to the next", "[gui][layout]") {
    QSettings().remove(QStringLiteral("window/geometry"));
    FakeDialogService dialogs;
    {
        app::MainWindow first(databaseWith({QStringLiteral("Bostedet Test")}, QDate(2024, 1, 1)), dialogs);
        first.showAsLastTime(); // no settings yet: maximised on a small screen, 1280×800 otherwise
        QCoreApplication::processEvents();
        first.showNormal();
        first.setGeometry(40, 50, 1100, 700);
        QCoreApplication::processEvents();
        REQUIRE(first.close());
    }
    CHECK_FALSE(QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    app::MainWindow second(databaseWith({QStringLiteral("Bostedet Test")}, QDate(2024, 1, 1)), dialogs);
    second.showAsLastTime();
    QCoreApplication::processEvents();
    CHECK(second.size() == QSize(1100, 700));
    QSettings().remove(QStringLiteral("window/geometry"));
}
