#include "services/backup/BackupService.h"

#include "logging/Logging.h"
#include "services/backup/BackupRetention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>
#include <filesystem>
#include <system_error>

namespace medsafe::services {

namespace {

constexpr auto kStampFormat = "yyyyMMdd'T'HHmmss'Z'";

auto log() {
    return logging::get("backup");
}

QString reasonCode(BackupService::Reason reason) {
    switch (reason) {
    case BackupService::Reason::Daily:
        return QStringLiteral("daily");
    case BackupService::Reason::Manual:
        return QStringLiteral("manual");
    case BackupService::Reason::BeforeMigration:
        return QStringLiteral("before-migration");
    case BackupService::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QRegularExpression namePattern(const QString& databasePath) {
    const QString stem = QRegularExpression::escape(QFileInfo(databasePath).completeBaseName());
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}T\\d{6}Z)-([a-z-]+?)(?:-\\d+)?\\.db$").arg(stem));
}

std::optional<QDateTime> stampOf(const QString& fileName) {
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}T\\d{6}Z)-"));
    const auto match = stamp.match(fileName);
    if (!match.hasMatch()) return std::nullopt;
    QDateTime when = QDateTime::fromString(match.captured(1), QString::fromLatin1(kStampFormat));
    if (!when.isValid()) return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return when;
}

// A new, unused file name in the backups folder for a copy taken `now`.
QString newBackupPath(const QString& databasePath, const QString& reason, const QDateTime& now) {
    const QDir folder(BackupService::folderFor(databasePath));
    const QString base = QStringLiteral("%1-%2-%3")
                             .arg(QFileInfo(databasePath).completeBaseName(),
                                  now.toUTC().toString(QString::fromLatin1(kStampFormat)), reason);
    QString candidate = folder.filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(QStringLiteral("%1-%2.db").arg(base).arg(n));
    return candidate;
}

Status writeVerified(const storage::Database& db, const QString& target, bool keepUnverified) {
    if (auto written = db.backupTo(target); !written) return written;
    auto info = BackupService::inspect(target);
    if (!info) {
        if (keepUnverified) {
            log()->warn("kept unverified copy {}: {}", target.toStdString(),
                        info.error().message.toStdString());
            return success();
        }
        QFile::remove(target);
        return Error::forUser(
            QStringLiteral("backup %1 failed verification: %2").arg(target, info.error().message),
            BackupService::tr("The backup could not be verified and has been deleted: %1")
                .arg(info.error().display()));
    }
    log()->info("backup {} verified ({} tables)", target.toStdString(), info->tables.size());
    return success();
}

Status ensureFolder(const QString& databasePath) {
    return storage::Database::ensurePrivateFolder(BackupService::folderFor(databasePath));
}

} // namespace

qint64 BackupInfo::rows(const QString& table) const {
    for (const auto& t : tables)
        if (t.table == table) return t.rows;
    return 0;
}

QString BackupService::folderFor(const QString& databasePath) {
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

QList<BackupFile> BackupService::list(const QString& databasePath) {
    QList<BackupFile> files;
    const QDir folder(folderFor(databasePath));
    const auto pattern = namePattern(databasePath);
    for (const QFileInfo& entry : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto match = pattern.match(entry.fileName());
        if (!match.hasMatch()) continue;
        const auto when = stampOf(entry.fileName());
        if (!when) continue;
        files.append({entry.absoluteFilePath(), *when, match.captured(2)});
    }
    std::sort(files.begin(), files.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return files;
}

Result<QString> BackupService::backUp(const storage::Database& db, Reason reason, const QDateTime& now) {
    if (db.isInMemory()) return Error::technical(QStringLiteral("an in-memory database has no backups"));
    if (auto folder = ensureFolder(db.path()); !folder) return folder.error();
    const QString target = newBackupPath(db.path(), reasonCode(reason), now);
    // The copy kept before a restore is kept even when the current file is damaged: it may be
    // the only copy of the last days' work.
    if (auto status = writeVerified(db, target, reason == Reason::BeforeRestore); !status)
        return status.error();
    if (auto pruned = prune(db.path()); !pruned)
        log()->warn("pruning backups of {}: {}", db.path().toStdString(),
                    pruned.error().message.toStdString());
    return target;
}

Result<QString> BackupService::backUpTo(const storage::Database& db, const QString& targetPath) {
    if (auto status = writeVerified(db, targetPath, false); !status) return status.error();
    return targetPath;
}

Result<std::optional<QString>> BackupService::backUpIfDue(const storage::Database& db, const QDateTime& now) {
    if (db.isInMemory()) return std::optional<QString>{};
    const QDate today = now.toLocalTime().date();
    for (const BackupFile& file : list(db.path()))
        if (file.takenAt.toLocalTime().date() == today) return std::optional<QString>{};
    auto made = backUp(db, Reason::Daily, now);
    if (!made) return made.error();
    return std::optional<QString>{*made};
}

Status BackupService::prune(const QString& databasePath) {
    const QList<BackupFile> files = list(databasePath);
    QList<QDateTime> taken;
    for (const BackupFile& f : files)
        taken.append(f.takenAt.toLocalTime());
    const QList<qsizetype> keep = backupsToKeep(taken);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (keep.contains(i)) continue;
        if (!QFile::remove(files.at(i).path))
            return Error::technical(QStringLiteral("cannot delete old backup %1").arg(files.at(i).path));
        log()->info("deleted old backup {}", files.at(i).path.toStdString());
    }
    return success();
}

Result<BackupInfo> BackupService::inspect(const QString& backupPath) {
    if (!QFileInfo(backupPath).isFile())
        return Error::forUser(QStringLiteral("no backup file at %1").arg(backupPath),
                              tr("There is no file %1.").arg(QDir::toNativeSeparators(backupPath)));
    auto db = storage::Database::open(backupPath, storage::OpenMode::ReadOnly);
    if (!db) return db.error();
    auto report = (*db)->checkReport();
    if (!report) return report.error();
    if (!report->integrityOk)
        return Error::forUser(QStringLiteral("backup %1 is damaged: %2").arg(backupPath, report->integrity),
                              tr("The backup %1 is damaged (the integrity check found problems).")
                                  .arg(QDir::toNativeSeparators(backupPath)));
    BackupInfo info;
    info.path = backupPath;
    const auto stamp = stampOf(QFileInfo(backupPath).fileName());
    info.takenAt = stamp ? *stamp : QFileInfo(backupPath).lastModified().toUTC();
    info.schemaVersion = report->schemaVersion;
    info.integrityOk = report->integrityOk;
    info.integrity = report->integrity;
    info.tables = report->tables;
    return info;
}

storage::OpenHooks BackupService::openHooks(const QDateTime& now) {
    storage::OpenHooks hooks;
    hooks.beforeMigration = [now](const storage::Database& db, int fromVersion) -> Status {
        auto made = backUp(db, Reason::BeforeMigration, now);
        if (!made)
            return Error::forUser(QStringLiteral("backup before migrating from schema %1 failed: %2")
                                      .arg(fromVersion)
                                      .arg(made.error().message),
                                  tr("The database must be updated to this version of Medicinsikker, but the "
                                     "backup made first failed, so it has not been changed: %1")
                                      .arg(made.error().display()));
        log()->info("backup before migrating {} from schema {}: {}", db.path().toStdString(), fromVersion,
                    made->toStdString());
        return success();
    };
    return hooks;
}

Result<std::unique_ptr<storage::Database>> BackupService::open(const QString& path, storage::OpenMode mode,
                                                               const QDateTime& now, DailyBackup daily) {
    auto db = storage::Database::open(path, mode, openHooks(now));
    if (!db) return db.error();
    if (mode != storage::OpenMode::ReadOnly && daily == DailyBackup::Now) {
        if (auto daily = backUpIfDue(**db, now); !daily)
            log()->error("daily backup of {} failed: {}", path.toStdString(),
                         daily.error().message.toStdString());
    }
    return db;
}

void BackupService::backUpIfDueInBackground(const QString& path, QObject* parent) {
    QThread* thread = QThread::create([path] {
        auto db = storage::Database::open(path, storage::OpenMode::ReadOnly);
        if (!db) {
            log()->error("daily backup of {}: {}", path.toStdString(), db.error().message.toStdString());
            return;
        }
        if (auto daily = backUpIfDue(**db); !daily)
            log()->error("daily backup of {} failed: {}", path.toStdString(), daily.error().message.toStdString());
    });
    thread->setParent(parent);
    QObject::connect(parent, &QObject::destroyed, thread, [thread] { thread->wait(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

Result<QString> BackupService::restore(const QString& databasePath, const QString& backupPath,
                                       const QDateTime& now) {
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target)
        return Error::forUser(QStringLiteral("backup and database are the same file"),
                              tr("The backup is the database itself. Choose a backup file."));
    // Check the backup completely before anything is changed.
    auto info = inspect(backupPath);
    if (!info) return info.error();

    // Keep the current file first.
    QString kept;
    if (QFileInfo(target).isFile() && QFileInfo(target).size() > 0) {
        QString why;
        {
            auto current = storage::Database::open(target, storage::OpenMode::ReadOnly);
            if (current) {
                auto made = backUp(**current, Reason::BeforeRestore, now);
                if (made)
                    kept = *made;
                else
                    why = made.error().message;
            } else {
                why = current.error().message;
            }
        }
        if (kept.isEmpty()) {
            // Not readable as a database (or SQLite cannot copy it): keep its bytes as they are.
            if (auto folder = ensureFolder(target); !folder) return folder.error();
            kept = newBackupPath(target, reasonCode(Reason::BeforeRestore), now);
            if (!QFile::copy(target, kept))
                return Error::technical(QStringLiteral("cannot copy %1 to %2").arg(target, kept));
            QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            log()->warn("kept {} byte for byte as {}: {}", target.toStdString(), kept.toStdString(),
                        why.toStdString());
        }
    }

    // A consistent copy of the backup beside the database, then one rename over it.
    const QString staged = target + QStringLiteral(".restoring");
    QFile::remove(staged);
    {
        auto source = storage::Database::open(backupPath, storage::OpenMode::ReadOnly);
        if (!source) return source.error();
        if (auto copied = (*source)->backupTo(staged); !copied) return copied.error();
    }
    // Journal files of the old content would otherwise be applied to the new one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(staged.toStdString(), target.toStdString(), error);
    if (error) {
        QFile::remove(staged);
        return Error::technical(
            QStringLiteral("cannot replace %1: %2").arg(target, QString::fromStdString(error.message())));
    }
    log()->info("restored {} from {} (previous file kept as {})", target.toStdString(),
                backupPath.toStdString(), kept.toStdString());
    return kept;
}

} // namespace medsafe::services
