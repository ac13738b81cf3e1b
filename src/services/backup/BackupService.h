#pragma once

#include "domain/Result.h"
#include "storage/CheckReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace medsafe::services {

// One file in a database's backups folder.
struct BackupFile {
    QString path;
    QDateTime takenAt; // UTC, from the file name
    QString reason;    // "daily", "manual", "before-migration", "before-restore"
};

// What a backup holds, read before it is restored: opened read-only and fully checked.
struct BackupInfo {
    QString path;
    QDateTime takenAt; // from the file name, else the file's modification time (UTC)
    int schemaVersion = 0;
    bool integrityOk = false;
    QString integrity;
    QList<storage::TableCount> tables;
    qint64 rows(const QString& table) const;
};

// Backups of a database file. A backup is a consistent copy made by SQLite (VACUUM INTO,
// Database::backupTo, created 0600) into `backups/` beside the database file — for the app's
// own file that is the data folder's `backups/` — named `<file stem>-<UTC yyyyMMddThhmmssZ>-<reason>.db`.
// Every copy is verified by opening it read-only and running the full integrity_check; one that
// fails is deleted and reported. After each rotation backup the folder is pruned to 7 daily,
// 4 weekly and 12 monthly backups (backupsToKeep). Stateless; runs on the thread that owns the
// database it is given. `now` parameters exist so tests can say which day it is.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    enum class Reason { Daily, Manual, BeforeMigration, BeforeRestore };

    // `<folder of databasePath>/backups`.
    static QString folderFor(const QString& databasePath);
    // The rotation backups of this database file, newest first.
    static QList<BackupFile> list(const QString& databasePath);

    // A verified copy in the backups folder, then pruning. Returns the copy's path.
    static Result<QString> backUp(const storage::Database& db, Reason reason,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A verified copy to a file the person named (`backup --out`); not part of the rotation.
    static Result<QString> backUpTo(const storage::Database& db, const QString& targetPath);
    // The once-a-day backup on open: none when the folder already holds one made today (local
    // calendar) or the database is in memory. Returns the new copy's path, or nothing.
    static Result<std::optional<QString>> backUpIfDue(const storage::Database& db,
                                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Deletes the rotation backups backupsToKeep does not keep.
    static Status prune(const QString& databasePath);

    // Opens a backup read-only: refuses what is not a Medicinsikker database, a newer schema, and
    // a damaged file (integrity_check not ok).
    static Result<BackupInfo> inspect(const QString& backupPath);

    // Hooks for Database::open: a verified backup before every migration (the open is refused,
    // the file not migrated, when the backup fails).
    static storage::OpenHooks openHooks(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Database::open with openHooks(), then backUpIfDue (a failing daily backup is logged, the
    // database still opens). The app opens its databases this way. With DailyBackup::Later
    // the caller starts backUpIfDueInBackground() itself once its first screen is up.
    enum class DailyBackup { Now, Later };
    static Result<std::unique_ptr<storage::Database>>
    open(const QString& path, storage::OpenMode mode, const QDateTime& now = QDateTime::currentDateTimeUtc(),
         DailyBackup daily = DailyBackup::Now);
    // The daily backup on a thread of its own, through its own read-only connection (VACUUM INTO
    // reads a consistent snapshot while the app goes on writing). `parent` owns the thread and
    // waits for it when it is destroyed, so quitting never cuts a backup short.
    static void backUpIfDueInBackground(const QString& path, QObject* parent);

    // Replaces the database file at `databasePath` with the backup. The database must not be
    // open (close it first). Refuses a backup inspect() refuses, leaving everything unchanged.
    // Before replacing, the current file is kept as a "before-restore" backup (a consistent
    // copy; a byte copy when the current file cannot be opened at all). Returns that copy's path.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace medsafe::services
