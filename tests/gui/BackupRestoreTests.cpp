// Filer → Gendan fra sikkerhedskopi… on real files: the window shows the restored data.
#include "FakeDialogService.h"
#include "app/MainWindow.h"
#include "services/backup/BackupService.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

std::unique_ptr<storage::Database> fileDatabaseWith(const QString& path, const QStringList& names) {
    auto db = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
    REQUIRE(db.ok());
    storage::BotilbudRepository repo(**db);
    for (const QString& name : names) {
        domain::Botilbud b;
        b.name = name;
        b.residentCount = 12;
        b.createdDate = QDate::currentDate().addMonths(-2);
        REQUIRE(repo.createWithDefaults(b, b.createdDate).ok());
    }
    return std::move(db.value());
}

QStringList selectorItems(const app::MainWindow& window) {
    auto* combo = window.findChild<QComboBox*>("botilbudComboBox");
    REQUIRE(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

TEST_CASE("main window: restoring a backup shows the restored data and keeps the current file", "[backup]") {
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("saved.db"));
    { fileDatabaseWith(backup, {QStringLiteral("Bostedet Gendannet"), QStringLiteral("Bostedet To")}); }
    const QString path = dir.filePath(QStringLiteral("home.db"));

    FakeDialogService dialogs;
    app::MainWindow window(fileDatabaseWith(path, {QStringLiteral("Bostedet Nu")}), dialogs);
    REQUIRE(selectorItems(window) == QStringList{QStringLiteral("Bostedet Nu")});

    auto* action = window.findChild<QAction*>("restoreBackupAction");
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Gendan fra sikkerhedskopi…"));
    dialogs.nextOpenFileName = backup;
    dialogs.nextQuestionAnswer = true;
    action->trigger();

    CHECK(dialogs.warnings.isEmpty());
    REQUIRE(dialogs.questions.size() == 1);
    CHECK(dialogs.questions.first().contains(QStringLiteral("2 botilbud")));
    CHECK(selectorItems(window) ==
          QStringList{QStringLiteral("Bostedet Gendannet"), QStringLiteral("Bostedet To")});
    CHECK(window.database().path() == path);
    const auto backups = services::BackupService::list(path);
    REQUIRE_FALSE(backups.isEmpty());
    CHECK(backups.first().reason == QStringLiteral("before-restore"));
    auto kept = services::BackupService::inspect(backups.first().path);
    REQUIRE(kept.ok());
    CHECK(kept->rows(QStringLiteral("botilbud")) == 1);
}

TEST_CASE("main window: a restore the person declines changes nothing", "[backup]") {
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("saved.db"));
    { fileDatabaseWith(backup, {QStringLiteral("Bostedet Gendannet")}); }
    const QString path = dir.filePath(QStringLiteral("home.db"));
    FakeDialogService dialogs;
    app::MainWindow window(fileDatabaseWith(path, {QStringLiteral("Bostedet Nu")}), dialogs);
    dialogs.nextOpenFileName = backup;
    dialogs.nextQuestionAnswer = false;
    window.findChild<QAction*>("restoreBackupAction")->trigger();
    CHECK(selectorItems(window) == QStringList{QStringLiteral("Bostedet Nu")});
    CHECK(services::BackupService::list(path).isEmpty());
}

TEST_CASE("main window: Sikkerhedskopier… writes a verified copy where the person says", "[backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    FakeDialogService dialogs;
    app::MainWindow window(fileDatabaseWith(path, {QStringLiteral("Bostedet Nu")}), dialogs);
    auto* action = window.findChild<QAction*>("backUpAction");
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Sikkerhedskopier…"));
    dialogs.nextSaveFileName = dir.filePath(QStringLiteral("copy.db"));
    action->trigger();
    CHECK(dialogs.warnings.isEmpty());
    CHECK(dialogs.informations.size() == 1);
    auto info = services::BackupService::inspect(dialogs.nextSaveFileName);
    REQUIRE(info.ok());
    CHECK(info->rows(QStringLiteral("botilbud")) == 1);
}
