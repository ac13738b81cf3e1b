// The rotation rule alone: which backups of a hand-made list of dates are kept.
#include "services/backup/BackupRetention.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace medsafe::services;

namespace {

QDateTime at(int y, int m, int d, int h = 12) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

QSet<QDateTime> kept(const QList<QDateTime>& taken, const RetentionPolicy& policy = {}) {
    QSet<QDateTime> result;
    for (const qsizetype i : backupsToKeep(taken, policy))
        result.insert(taken.at(i));
    return result;
}

} // namespace

TEST_CASE("retention keeps 7 daily, 4 weekly and 12 monthly backups", "[backup][retention]") {
    QList<QDateTime> taken;
    for (QDate d(2025, 10, 1); d <= QDate(2026, 12, 2); d = d.addDays(1))
        taken.append(at(d.year(), d.month(), d.day()));
    taken.append(at(2026, 12, 2, 8));             // an earlier backup the same day: the newer one is kept
    std::reverse(taken.begin(), taken.end() - 1); // order does not matter

    const QSet<QDateTime> expected{
        // daily: the 7 newest days
        at(2026, 12, 2), at(2026, 12, 1), at(2026, 11, 30), at(2026, 11, 29), at(2026, 11, 28),
        at(2026, 11, 27), at(2026, 11, 26),
        // weekly (ISO weeks 49, 48 are covered above): the Sundays of weeks 47 and 46
        at(2026, 11, 22), at(2026, 11, 15),
        // monthly: the last backup of each of the 12 newest months (Dec and Nov covered above)
        at(2026, 10, 31), at(2026, 9, 30), at(2026, 8, 31), at(2026, 7, 31), at(2026, 6, 30), at(2026, 5, 31),
        at(2026, 4, 30), at(2026, 3, 31), at(2026, 2, 28), at(2026, 1, 31)};
    const auto result = kept(taken);
    CHECK(result.size() == expected.size());
    CHECK(result == expected);
}

TEST_CASE("retention counts days that have backups, not days back from today", "[backup][retention]") {
    // Three backups months apart and two on one day: a database left alone keeps its last copies.
    const QList<QDateTime> taken{at(2024, 1, 5), at(2024, 3, 9, 9), at(2024, 3, 9, 17), at(2026, 6, 1)};
    CHECK(kept(taken) == QSet<QDateTime>{at(2024, 1, 5), at(2024, 3, 9, 17), at(2026, 6, 1)});
    CHECK(backupsToKeep({}).isEmpty());
}

TEST_CASE("retention with a smaller policy", "[backup][retention]") {
    const QList<QDateTime> taken{at(2026, 1, 1), at(2026, 1, 2), at(2026, 1, 3), at(2026, 2, 10)};
    CHECK(kept(taken, RetentionPolicy{1, 0, 0}) == QSet<QDateTime>{at(2026, 2, 10)});
    CHECK(kept(taken, RetentionPolicy{1, 0, 2}) == QSet<QDateTime>{at(2026, 2, 10), at(2026, 1, 3)});
}
