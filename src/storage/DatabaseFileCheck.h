#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::storage {

// Decides whether an existing file may be opened, without changing one byte of it.
// Refuses, in this order: a file that is not SQLite (16-byte header), a file whose size does not
// match its header (truncated), a SQLite file of another program (application_id, or tables
// without our id), with `requireMedicinsikker` an SQLite file without Medicinsikker's id (an
// empty SQLite file, which only OpenMode::CreateOrMigrate may fill), a newer schema
// (user_version), and with `quickCheck` a file that fails PRAGMA quick_check.
// The SQLite part opens the file read-only and, when no -wal file exists, as immutable, so that
// SQLite creates no -wal/-shm files next to a file it is about to refuse.
class DatabaseFileCheck {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)

public:
    struct Options {
        bool requireMedicinsikker = false;
        bool quickCheck = true;
    };

    static Status inspect(const QString& path, qint32 applicationId, int supportedVersion,
                          Options options);
    static Status inspect(const QString& path, qint32 applicationId, int supportedVersion) {
        return inspect(path, applicationId, supportedVersion, Options{});
    }

    static Error missing(const QString& path);
    static Error empty(const QString& path);
    static Error notSqlite(const QString& path);
    static Error foreign(const QString& path);
    static Error newer(const QString& path, int found, int supported);
    static Error corrupt(const QString& path, const QString& detail);
    static Error unreadable(const QString& path, const QString& detail);

private:
    static Status inspectHeader(const QString& path, qint32 applicationId, int supportedVersion);
    static Status inspectWithSqlite(const QString& path, qint32 applicationId, int supportedVersion,
                                    Options options);
};

} // namespace medsafe::storage
