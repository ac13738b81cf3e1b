#include "services/backup/BackupRetention.h"

#include <QSet>
#include <algorithm>
#include <functional>
#include <numeric>

namespace medsafe::services {

namespace {

// Walks the backups newest first and keeps the first one of each new bucket until `count`
// buckets are filled.
void keepNewestPerBucket(const QList<QDateTime>& taken, const QList<qsizetype>& newestFirst, int count,
                         const std::function<qint64(const QDate&)>& bucketOf, QSet<qsizetype>& keep) {
    QSet<qint64> seen;
    for (const qsizetype index : newestFirst) {
        if (seen.size() >= count) break;
        const qint64 bucket = bucketOf(taken.at(index).date());
        if (seen.contains(bucket)) continue;
        seen.insert(bucket);
        keep.insert(index);
    }
}

} // namespace

QList<qsizetype> backupsToKeep(const QList<QDateTime>& taken, const RetentionPolicy& policy) {
    QList<qsizetype> newestFirst(taken.size());
    std::iota(newestFirst.begin(), newestFirst.end(), qsizetype{0});
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return taken.at(a) > taken.at(b); });
    QSet<qsizetype> keep;
    keepNewestPerBucket(
        taken, newestFirst, policy.daily, [](const QDate& d) { return d.toJulianDay(); }, keep);
    keepNewestPerBucket(
        taken, newestFirst, policy.weekly,
        [](const QDate& d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        keep);
    keepNewestPerBucket(
        taken, newestFirst, policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); },
        keep);
    QList<qsizetype> result(keep.cbegin(), keep.cend());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace medsafe::services
