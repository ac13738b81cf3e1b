// Filer › Forbind til server… (issue 13, item 2): the dialog checks its fields, says in place
// why a connection failed and stays open, remembers the address but never the password, and
// offers a local file instead. The connection itself is a stand-in here; the real server is
// tried in gui_tests_postgres ([server]).
#include <catch2/catch.hpp>

#include "FakeDialogService.h"
#include "../common/ScratchDatabase.h"
#include "app/MainWindow.h"
#include "app/SaveConflictDialog.h"
#include "app/ServerConnectDialog.h"
#include "app/ViewCatalog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "services/server/ServerTransferService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>

using namespace medsafe;
using app::ServerConnectDialog;

namespace {

storage::ServerAddress kommune() {
    storage::ServerAddress address;
    address.host = QStringLiteral("db.fjordby.dk");
    address.databaseName = QStringLiteral("medicinsikker");
    address.user = QStringLiteral("lis");
    return address;
}

} // namespace

TEST_CASE("connect dialog: missing fields are named and nothing is tried", "[gui][server-dialog]") {
    int tries = 0;
    storage::ServerAddress blank;
    blank.host.clear();
    ServerConnectDialog dialog(blank, [&](const storage::ServerAddress&) -> Result<std::unique_ptr<storage::Database>> {
        ++tries;
        return Error::technical(QStringLiteral("not reached"));
    });
    CHECK_FALSE(dialog.tryConnect());
    CHECK(tries == 0);
    const QString problem = dialog.findChild<QLabel*>("problemLabel")->text();
    CHECK(problem.contains(QStringLiteral("serveren")));
    CHECK(problem.contains(QStringLiteral("databasen")));
    CHECK(problem.contains(QStringLiteral("brugernavnet")));
    CHECK(dialog.choice() == ServerConnectDialog::Choice::Cancelled);
}

TEST_CASE("connect dialog: a refused connection is said in the dialog, which stays open for another try",
          "[gui][server-dialog]") {
    QStringList passwordsTried;
    ServerConnectDialog dialog(kommune(), [&](const storage::ServerAddress& address) -> Result<std::unique_ptr<storage::Database>> {
        passwordsTried << address.password;
        if (address.password != QStringLiteral("rigtig"))
            return Error::forUser(QStringLiteral("auth"), QStringLiteral("Serveren godkendte ikke adgangskoden."));
        return storage::Database::openInMemory();
    });
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>("passwordEdit");
    REQUIRE(password);
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(dialog.findChild<QLineEdit*>("hostEdit")->text() == QStringLiteral("db.fjordby.dk"));
    CHECK(dialog.findChild<QSpinBox*>("portSpin")->value() == 5432);

    password->setText(QStringLiteral("forkert"));
    dialog.findChild<QPushButton*>("connectButton")->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel*>("problemLabel")->text() == QStringLiteral("Serveren godkendte ikke adgangskoden."));
    CHECK(dialog.choice() == ServerConnectDialog::Choice::Cancelled);
    if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR")) // a picture to look at, on request
        dialog.grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QStringLiteral("/server-connect-dialog.png"));

    password->setText(QStringLiteral("rigtig"));
    dialog.findChild<QPushButton*>("connectButton")->click();
    CHECK(dialog.choice() == ServerConnectDialog::Choice::Connected);
    CHECK(dialog.takeDatabase() != nullptr);
    CHECK(passwordsTried == QStringList{QStringLiteral("forkert"), QStringLiteral("rigtig")});

    // Remembered for next time, without the password.
    const storage::ServerAddress again = ServerConnectDialog::remembered();
    CHECK(again.host == QStringLiteral("db.fjordby.dk"));
    CHECK(again.user == QStringLiteral("lis"));
    CHECK(again.password.isEmpty());
    CHECK_FALSE(QSettings().value(QStringLiteral("server/lastAddress")).toString().contains(QStringLiteral("rigtig")));
}

TEST_CASE("connect dialog: a local file can be chosen instead", "[gui][server-dialog]") {
    ServerConnectDialog dialog(kommune(), [](const storage::ServerAddress&) -> Result<std::unique_ptr<storage::Database>> {
        return Error::technical(QStringLiteral("down"));
    });
    dialog.show();
    dialog.findChild<QPushButton*>("localFileButton")->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.choice() == ServerConnectDialog::Choice::OpenLocalFile);
}

TEST_CASE("the main window on a server database names the server and turns file backups off", "[gui][server]") {
    REQUIRE(testing::scratchIsServer());
    // The demo pushed to the server, as a kommune moving up would do.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.db"));
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    REQUIRE(demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), file, true).ok());
    auto address = testing::newScratchSchema();
    REQUIRE(address.ok());
    REQUIRE(services::ServerTransferService::push(file, address.value()).ok());
    auto db = storage::Database::openServer(address.value(), storage::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    const QString where = db.value()->path();
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.show();
    auto* label = window.statusBar()->findChild<QLabel*>("databaseLabel");
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("Server: %1").arg(where));
    CHECK_FALSE(label->text().contains(QStringLiteral("password")));
    CHECK_FALSE(window.findChild<QAction*>("backUpAction")->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>("restoreBackupAction")->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>("pushToServerAction")->isEnabled());
    CHECK(window.findChild<QAction*>("pullFromServerAction")->isEnabled());

    // Every view works on the server as on a file: Oversigt shows the botilbud and its next steps.
    window.resize(1366, 768);
    window.showView(app::ViewId::Overview);
    CHECK(window.viewWidget(app::ViewId::Overview)->findChild<QLabel*>("headingLabel")->text() ==
          QStringLiteral("Bostedet Lærkehøj"));
    CHECK(window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>("nextStepsList")->count() > 0);
    for (app::ViewId view : app::kAllViews) window.showView(view);
    window.showView(app::ViewId::Overview);
    QCoreApplication::processEvents();
    const auto* steps = window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>("nextStepsList");
    for (int row = 0; row < steps->count(); ++row) CHECK_FALSE(steps->item(row)->text().isEmpty());
    if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR"))
        window.grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QStringLiteral("/overview-on-server.png"));
}

TEST_CASE("save-conflict dialog: the fields side by side, and each button says what it does", "[gui][server-dialog]") {
    const QList<app::FieldDifference> differences{
        {QStringLiteral("Titel"), QStringLiteral("Dobbeltkontrol (afsnit A)"), QStringLiteral("Dobbeltkontrol (afsnit B)")},
        {QStringLiteral("Forudsigelse"), QStringLiteral("Kontrollen tager under to minutter pr. æske."),
         QStringLiteral("Vi finder flere afvigelser end før.")},
    };
    for (const auto& [button, choice] : {std::pair{"keepMineButton", app::DialogService::ConflictChoice::KeepMine},
                                         std::pair{"takeTheirsButton", app::DialogService::ConflictChoice::TakeTheirs}}) {
        app::SaveConflictDialog dialog(QStringLiteral("PDSA-cirkel 3 er ændret af en anden"), differences);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>("differencesTable");
        REQUIRE(table);
        CHECK(table->rowCount() == 2);
        CHECK(table->item(0, 1)->text() == QStringLiteral("Dobbeltkontrol (afsnit A)"));
        CHECK(table->item(0, 2)->text() == QStringLiteral("Dobbeltkontrol (afsnit B)"));
        CHECK(dialog.width() <= 1366);
        CHECK(dialog.height() <= 700);
        if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QStringLiteral("/save-conflict-dialog.png"));
        dialog.findChild<QPushButton*>(QString::fromLatin1(button))->click();
        CHECK(dialog.choice() == choice);
    }
    app::SaveConflictDialog dialog(QStringLiteral("x"), differences);
    dialog.show();
    dialog.reject();
    CHECK(dialog.choice() == app::DialogService::ConflictChoice::Cancel);
}
