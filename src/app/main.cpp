// medicinsikker: the desktop application. Sets up logging and the language, finds or creates
// the database, and opens the main window on it.

#include "app/AppOptions.h"
#include "app/DatabaseFileActions.h"
#include "app/DemoDatabase.h"
#include "app/DialogService.h"
#include "app/FirstStartDialog.h"
#include "app/MainWindow.h"
#include "app/NewProgrammeWizard.h"
#include "app/ServerConnectDialog.h"
#include "app/StartupBenchmark.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "services/access/AccountService.h"
#include "services/backup/BackupService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace medsafe;

namespace {

// `--server CONNINFO` or the first start's "Forbind til kommunens server…": connects at once when
// the address carries a password, else (or when that fails) through the connect dialog, which says what went
// wrong and offers a local file instead. Returns the server database, or nothing with `localFile` set when
// the person chose a file (empty when they cancelled).
std::unique_ptr<storage::Database> connectAtStart(const storage::ServerAddress& address,
                                                  app::DialogService& dialogs, QString& localFile) {
    const auto open = [](const storage::ServerAddress& a) {
        return storage::Database::openServer(a, storage::OpenMode::OpenExisting);
    };
    if (!address.password.isEmpty()) {
        if (auto opened = open(address)) return std::move(opened.value());
    }
    app::ServerConnectDialog dialog(address, open);
    dialog.exec();
    if (dialog.choice() == app::ServerConnectDialog::Choice::Connected) return dialog.takeDatabase();
    if (dialog.choice() == app::ServerConnectDialog::Choice::OpenLocalFile)
        localFile = app::DatabaseFileActions::chooseExisting(dialogs, nullptr);
    return nullptr;
}

QString defaultDatabasePath(const QString& dataDir) {
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) return last;
    return QDir(dataDir).filePath(QStringLiteral("medicinsikker.db"));
}

// Signs in before the window opens. Returns -1 to go on, else the exit code: 0 when the
// person cancelled, 1 when a scripted sign-in (--sign-in) was refused.
int signInAtStart(const app::AppOptions& options, storage::Database& db, app::DialogService& dialogs,
                  bool demo) {
    if (!options.signInLogin.isEmpty()) {
        auto signedIn = services::AccountService(db).signIn(options.signInLogin,
                                                            qEnvironmentVariable("MEDSAFE_PASSWORD"));
        if (!signedIn && db.isServer()) signedIn = services::AccountService(db).identifyServerLogin();
        if (!signedIn) {
            std::fprintf(stderr, "medicinsikker: %s\n", qPrintable(signedIn.error().display()));
            return 1;
        }
        return -1;
    }
    return dialogs.signIn(nullptr, db, demo) ? -1 : 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart; // for --startup-benchmark
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Medicinsikker"));
    QApplication::setApplicationVersion(QStringLiteral(MEDSAFE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Ties the windows to the installed desktop entry (the Wayland app id), so the desktop shows
    // its name and icon; MEDSAFE_APP_ID comes from cmake/Packaging.cmake.
    QApplication::setDesktopFileName(QStringLiteral(MEDSAFE_APP_ID));

    QString optionError;
    const auto options = app::parseAppOptions(QApplication::arguments(), optionError);
    if (!options) {
        std::fprintf(stderr, "medicinsikker: %s\n\n%s", qPrintable(optionError), qPrintable(app::appUsage()));
        return 2;
    }

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The data folder holds incident reports and logs: readable by this user only (0700).
    const QString logDir = QDir(dataDir).filePath(QStringLiteral("logs"));
    Status privateFolder = storage::Database::ensurePrivateFolder(dataDir);
    if (privateFolder) privateFolder = storage::Database::ensurePrivateFolder(logDir);
    logging::setup(logDir, options->verbose);
    auto log = logging::get("app");
    if (!privateFolder) log->warn("data folder: {}", privateFolder.error().message.toStdString());

    const QString languageCode =
        !options->languageCode.isEmpty()
            ? options->languageCode
            : QSettings().value(QStringLiteral("language"), QStringLiteral("da")).toString();
    if (!i18n::install(i18n::languageFromCode(languageCode)))
        log->error("the embedded Danish translation could not be loaded");

    app::QtDialogService dialogs;
    QString path = options->databasePath;
    std::optional<storage::ServerAddress> server;
    if (!options->server.isEmpty()) {
        auto address = storage::ServerAddress::parse(options->server);
        if (!address) {
            dialogs.warning(nullptr, QObject::tr("Medicinsikker"), address.error().display());
            return 2;
        }
        server = address.value();
    }
    bool demo = options->demo;
    bool startNewProgramme = false;
    const QString ownFile = QDir(dataDir).filePath(QStringLiteral("medicinsikker.db"));
    // The very first start on this PC: no database named, none opened before, none of our own.
    if (!demo && !server && path.isEmpty() && !QSettings().contains(QStringLiteral("lastDatabase")) &&
        !QFileInfo::exists(ownFile)) {
        app::FirstStartDialog first;
        if (first.exec() != QDialog::Accepted) return 0;
        switch (first.choice()) {
        case app::FirstStartDialog::Choice::Demo:
            demo = true;
            break;
        case app::FirstStartDialog::Choice::Server:
            server = app::ServerConnectDialog::remembered();
            break;
        case app::FirstStartDialog::Choice::OpenFile:
            path = app::DatabaseFileActions::chooseExisting(dialogs, nullptr);
            if (path.isEmpty()) return 0;
            break;
        case app::FirstStartDialog::Choice::NewProgramme:
        case app::FirstStartDialog::Choice::None:
            startNewProgramme = true;
            path = ownFile;
            break;
        }
    }
    // The window on the opened database until the person quits; `afterShown` runs once it is up.
    const auto runWindow = [&](std::unique_ptr<storage::Database> database,
                               const std::function<void()>& afterShown) {
        if (const int refused = signInAtStart(*options, *database, dialogs, demo); refused >= 0)
            return refused;
        app::MainWindow window(std::move(database), dialogs);
        if (options->startupBenchmark) new app::StartupBenchmark(window, sinceStart);
        window.showAsLastTime();
        if (afterShown) QTimer::singleShot(0, &app, afterShown);
        return QApplication::exec();
    };
    if (server) {
        if (auto database = connectAtStart(*server, dialogs, path)) {
            log->info("connected to server {}", database->path().toStdString());
            return runWindow(std::move(database), {}); // the server is backed up on the server
        }
        if (path.isEmpty()) return 0; // cancelled
    }
    if (demo) {
        path = QDir(dataDir).filePath(QStringLiteral("demo.db"));
        auto created = app::ensureDemoDatabase(path);
        if (!created) {
            log->error("demo database: {}", created.error().message.toStdString());
            dialogs.warning(
                nullptr, QObject::tr("Medicinsikker"),
                QObject::tr("The demo database could not be created:\n%1").arg(created.error().display()));
            return 1;
        }
    } else if (path.isEmpty()) {
        path = defaultDatabasePath(dataDir);
    }

    // Only the program's own data file (and the demo file it just made) may be created; a file
    // the person chose (--database, or the one opened last time) must already be a database.
    const bool own = demo || QFileInfo(path).absoluteFilePath() == QFileInfo(ownFile).absoluteFilePath();
    log->info("opening database {}", path.toStdString());
    // Backed up before a migration and once a day into backups/ beside the file (BackupService).
    // The daily backup waits until the window is up (below): it is not needed for the first
    // screen, and on a large database it took longer than the whole start (docs/performance.md).
    auto database = services::BackupService::open(
        path, own ? storage::OpenMode::CreateOrMigrate : storage::OpenMode::OpenExisting,
        QDateTime::currentDateTimeUtc(), services::BackupService::DailyBackup::Later);
    if (!database) {
        log->error("could not open {}: {}", path.toStdString(), database.error().message.toStdString());
        dialogs.warning(
            nullptr, QObject::tr("Medicinsikker"),
            QObject::tr("The database %1 could not be opened:\n%2\n\nThe file has not been changed.")
                .arg(QDir::toNativeSeparators(path), database.error().display()));
        return 1;
    }
    if (!demo) QSettings().setValue(QStringLiteral("lastDatabase"), path);
    if (startNewProgramme) {
        // The guided set-up; cancelled, the window opens on the empty database and Filer ›
        // Start et nyt forløb… offers it again.
        app::NewProgrammeWizard wizard(*database.value(), QDate::currentDate());
        if (wizard.exec() == QDialog::Accepted)
            QSettings().setValue(QStringLiteral("lastBotilbud"), wizard.createdBotilbud().value);
    }

    return runWindow(std::move(database.value()),
                     [&app, path] { services::BackupService::backUpIfDueInBackground(path, &app); });
}
