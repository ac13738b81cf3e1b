// Issue 11, item 7: the menus a person expects — a new database, recent databases, undo and
// redo where a view keeps a history, and the user guide inside the app.
#include <catch2/catch.hpp>

#include "FakeDialogService.h"
#include "app/HelpDialog.h"
#include "app/MainWindow.h"
#include "app/RecentDatabases.h"
#include "app/measurements/MeasurementsView.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>

using namespace medsafe;

namespace {

std::unique_ptr<storage::Database> oneBotilbud(const QString& path) {
    auto db = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
    REQUIRE(db.ok());
    domain::Botilbud b;
    b.name = QStringLiteral("Bostedet Lærken");
    b.municipality = QStringLiteral("Testkommune");
    b.residentCount = 9;
    b.createdDate = QDate(2024, 1, 1);
    REQUIRE(storage::BotilbudRepository(**db).createWithDefaults(b, b.createdDate).ok());
    return std::move(db).value();
}

QAction* action(app::MainWindow& window, const char* name) {
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QMenu* menu(app::MainWindow& window, const char* name) {
    auto* found = window.findChild<QMenu*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("menus: Filer › Ny database makes an empty database and never overwrites a file", "[gui][menus]") {
    QSettings().remove(QStringLiteral("recentDatabases"));
    QTemporaryDir dir;
    FakeDialogService dialogs;
    app::MainWindow window(oneBotilbud(dir.filePath(QStringLiteral("first.db"))), dialogs);
    const QString fresh = dir.filePath(QStringLiteral("ny"));
    dialogs.nextSaveFileName = fresh;
    action(window, "newDatabaseAction")->trigger();
    CHECK(QFileInfo::exists(fresh + QStringLiteral(".db")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("ny.db")));
    CHECK(dialogs.warnings.isEmpty());

    // The same name again: refused with a message, the file untouched.
    QFile existing(fresh + QStringLiteral(".db"));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    const QByteArray before = existing.readAll();
    existing.close();
    action(window, "newDatabaseAction")->trigger();
    REQUIRE(dialogs.warnings.size() == 1);
    CHECK(dialogs.warnings.first().contains(QStringLiteral("ny.db")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == before);
}

TEST_CASE("menus: Seneste databaser lists the files opened, newest first, and opens one", "[gui][menus]") {
    QSettings().remove(QStringLiteral("recentDatabases"));
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.db"));
    const QString second = dir.filePath(QStringLiteral("second.db"));
    oneBotilbud(second).reset();
    FakeDialogService dialogs;
    app::MainWindow window(oneBotilbud(first), dialogs);
    dialogs.nextOpenFileName = second;
    action(window, "openDatabaseAction")->trigger();
    REQUIRE(app::RecentDatabases::list() == QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()});

    QMenu* recent = menu(window, "recentMenu");
    emit recent->aboutToShow();
    REQUIRE(recent->actions().size() == 2);
    CHECK_FALSE(recent->actions().at(0)->isEnabled()); // the one open now
    recent->actions().at(1)->trigger();
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("first.db")));
    CHECK(app::RecentDatabases::list().first() == QFileInfo(first).absoluteFilePath());
}

TEST_CASE("menus: Rediger undoes in Målinger and is disabled where a view has no history", "[gui][menus]") {
    QTemporaryDir dir;
    FakeDialogService dialogs;
    app::MainWindow window(oneBotilbud(dir.filePath(QStringLiteral("d.db"))), dialogs);
    QMenu* edit = menu(window, "editMenu");
    REQUIRE(edit->actions().size() == 2);
    QAction* undo = edit->actions().at(0);
    QAction* redo = edit->actions().at(1);
    auto* measurements = qobject_cast<app::MeasurementsView*>(window.viewWidget(app::ViewId::Measurements));
    REQUIRE(measurements);
    window.showView(app::ViewId::Measurements);
    CHECK_FALSE(undo->isEnabled());
    // A change as the grid's delegate records it: the menu names it and undoes it.
    measurements->undoStack().push(new QUndoCommand(QStringLiteral("ændring af januar")));
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("ændring af januar")));
    undo->trigger();
    CHECK(measurements->undoStack().index() == 0);
    CHECK(redo->isEnabled());
    // Another view: nothing to undo there.
    window.showView(app::ViewId::Overview);
    CHECK_FALSE(redo->isEnabled());
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("menus: Hjælp › Brugervejledning shows the Danish guide with its pictures, and finds words", "[gui][menus]") {
    QTemporaryDir dir;
    FakeDialogService dialogs;
    app::MainWindow window(oneBotilbud(dir.filePath(QStringLiteral("d.db"))), dialogs);
    action(window, "userGuideAction")->trigger();
    auto* help = window.findChild<app::HelpDialog*>();
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->guideText().contains(QStringLiteral("PDSA")));
    CHECK(help->guideText().contains(QStringLiteral("Sikkerhedskalender")));
    CHECK(help->find(QStringLiteral("Pareto")));
    if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR")) // a picture to look at, on request
        help->grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QStringLiteral("/user-guide.png"));
    CHECK_FALSE(help->find(QStringLiteral("ordetfindesikke")));
    auto* browser = help->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
    REQUIRE(browser);
    // The screenshots are bundled: the first one loads.
    const QVariant image = browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/overview.png")));
    CHECK(image.canConvert<QImage>());
    CHECK_FALSE(image.value<QImage>().isNull());
}

TEST_CASE("menus: Filer › Eksportér › Hændelser som CSV writes the file from any view", "[gui][menus]") {
    QTemporaryDir dir;
    FakeDialogService dialogs;
    app::MainWindow window(oneBotilbud(dir.filePath(QStringLiteral("d.db"))), dialogs);
    window.showView(app::ViewId::Overview);
    const QString out = dir.filePath(QStringLiteral("uth.csv"));
    dialogs.nextSaveFileName = out;
    action(window, "exportIncidentsAction")->trigger();
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("viewStack"))->currentWidget() ==
          window.viewWidget(app::ViewId::Incidents));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Procestrin")));
}
