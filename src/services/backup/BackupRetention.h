#pragma once

#include <QDateTime>
#include <QList>

namespace medsafe::services {

// How many backups the rotation keeps: the newest backup of each of the `daily` newest days that
// have a backup, of each of the `weekly` newest ISO weeks and of each of the `monthly` newest
// months (the buckets overlap; a file kept by any rule stays). Counting buckets that have a
// backup, not calendar days back from today, means a database left alone for a month keeps its
// last backups instead of losing them all.
struct RetentionPolicy {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Pure: which of `taken` (the times the backups were made, in the time zone whose calendar
// decides; any order, duplicates allowed) to keep. Returns their indexes in `taken`, ascending.
// No file is touched; BackupService deletes the others.
QList<qsizetype> backupsToKeep(const QList<QDateTime>& taken, const RetentionPolicy& policy = {});

} // namespace medsafe::services
