#include "storage/ReceivedPackageRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

QString timestampText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime readTimestamp(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

ReceivedPackageRepository::ReceivedPackageRepository(Database& db) : m_db(db) {}

Result<ReceivedPackageId> ReceivedPackageRepository::put(const ReceivedPackage& package) {
    if (!package.botilbudId.isValid() || !package.month.isValid() || package.sha256.isEmpty())
        return Error::technical(QStringLiteral("received package needs botilbud, month and sha256"));
    Transaction tx(m_db);
    // Delete then insert rather than an upsert: portable to PostgreSQL without dialect help,
    // and inside one transaction the reader never sees the month missing.
    Statement remove(m_db.connection());
    MEDSAFE_TRY(remove.prepare(
        QStringLiteral("DELETE FROM received_package WHERE botilbud_id = :b AND report_month = :month")));
    remove.bind(QStringLiteral(":b"), package.botilbudId);
    remove.bind(QStringLiteral(":month"), firstOfMonth(package.month));
    MEDSAFE_TRY(remove.exec());

    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO received_package (botilbud_id, report_month, sha256, payload, received_on)"
        " VALUES (:b, :month, :sha, :payload, :received)")));
    s.bind(QStringLiteral(":b"), package.botilbudId);
    s.bind(QStringLiteral(":month"), firstOfMonth(package.month));
    s.bind(QStringLiteral(":sha"), package.sha256);
    s.bind(QStringLiteral(":payload"), QString::fromUtf8(package.payload));
    s.bind(
        QStringLiteral(":received"),
        timestampText(package.receivedOn.isValid() ? package.receivedOn : QDateTime::currentDateTimeUtc()));
    MEDSAFE_TRY(s.exec());
    const ReceivedPackageId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Result<std::optional<ReceivedPackage>> ReceivedPackageRepository::forMonth(BotilbudId botilbud,
                                                                           const QDate& month) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, botilbud_id, report_month, sha256, payload, received_on"
                                 " FROM received_package WHERE botilbud_id = :b AND report_month = :month")));
    s.bind(QStringLiteral(":b"), botilbud);
    s.bind(QStringLiteral(":month"), firstOfMonth(month));
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return std::optional<ReceivedPackage>{};
    ReceivedPackage package;
    package.id = s.id<ReceivedPackageId>(0);
    package.botilbudId = s.id<BotilbudId>(1);
    package.month = s.date(2);
    package.sha256 = s.text(3);
    package.payload = s.text(4).toUtf8();
    package.receivedOn = readTimestamp(s.text(5));
    s.finish();
    return std::optional<ReceivedPackage>{package};
}

Result<QList<QDate>> ReceivedPackageRepository::monthsOf(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT report_month FROM received_package WHERE botilbud_id = :b ORDER BY report_month")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<QDate> months;
    while (s.next())
        months.append(s.date(0));
    return months;
}

Result<QList<ReceivedPackageMonth>> ReceivedPackageRepository::allMonths() const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT botilbud_id, report_month, received_on FROM received_package"
                                         " ORDER BY botilbud_id, report_month")));
    MEDSAFE_TRY(s.exec());
    QList<ReceivedPackageMonth> list;
    while (s.next())
        list.append({s.id<BotilbudId>(0), s.date(1), readTimestamp(s.text(2))});
    return list;
}

} // namespace medsafe::storage
