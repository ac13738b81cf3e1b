#include "storage/IncidentRepository.h"

#include "domain/IncidentValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns = QStringLiteral(
    "botilbud_id, occurred_date, occurred_time, reported_date, stage, error_type, actual_consequence,"
    " possible_consequence, overall_category, reached_citizen, required_doctor_contact, ncc_merp, "
    "description,"
    " immediate_action, learning, status, reporter_id, updated_at");
const QString kValues = QStringLiteral(
    ":b, :odate, :otime, :rdate, :stage, :etype, :actual, :possible, :overall, :reached, :doctor, :ncc,"
    " :description, :action, :learning, :status, :reporter, :updated");

void bindIncident(Statement& s, const Incident& i, const QString& now) {
    s.bind(QStringLiteral(":b"), i.botilbudId);
    s.bind(QStringLiteral(":odate"), i.occurredDate);
    s.bind(QStringLiteral(":otime"), i.occurredTime);
    s.bind(QStringLiteral(":rdate"), i.reportedDate);
    s.bind(QStringLiteral(":stage"), i.stage);
    s.bind(QStringLiteral(":etype"), i.errorType);
    s.bind(QStringLiteral(":actual"), i.actualConsequence);
    s.bind(QStringLiteral(":possible"), i.possibleConsequence);
    s.bind(QStringLiteral(":overall"), i.overallCategory());
    s.bind(QStringLiteral(":reached"), i.reachedCitizen);
    s.bind(QStringLiteral(":doctor"), i.requiredDoctorContact);
    s.bind(QStringLiteral(":ncc"), i.nccMerp);
    s.bind(QStringLiteral(":description"), i.description);
    s.bind(QStringLiteral(":action"), i.immediateAction);
    s.bind(QStringLiteral(":learning"), i.learning);
    s.bind(QStringLiteral(":status"), i.status);
    s.bind(QStringLiteral(":reporter"), i.reporterId);
    s.bind(QStringLiteral(":updated"), now);
}

Incident readIncident(const Statement& s) {
    Incident i;
    i.id = s.id<IncidentId>(0);
    i.botilbudId = s.id<BotilbudId>(1);
    i.occurredDate = s.date(2);
    i.occurredTime = s.time(3);
    i.reportedDate = s.date(4);
    i.stage = s.code(5, ProcessStage::Other);
    i.errorType = s.code(6, ErrorType::Other);
    i.actualConsequence = s.code(7, ActualConsequence::NoneOrUnknown);
    i.possibleConsequence = s.code(8, PossibleConsequence::None);
    // column 9 (overall_category) is derived from 7 and 8 and not read back.
    i.reachedCitizen = s.boolean(10);
    i.requiredDoctorContact = s.boolean(11);
    i.nccMerp = s.optCode<NccMerpCategory>(12);
    i.description = s.text(13);
    i.immediateAction = s.text(14);
    i.learning = s.text(15);
    i.status = s.code(16, IncidentStatus::New);
    i.reporterId = s.optId<PersonId>(17);
    // column 18 is updated_at
    i.rowVersion.value = s.integer(19);
    return i;
}

// WHERE clause for a derived-measure filter; values are bound by bindFilter().
QString filterSql(const IncidentFilter& f) {
    QString sql = QStringLiteral("botilbud_id = :b");
    if (f.errorType) sql += QStringLiteral(" AND error_type = :ferr");
    if (f.stage) sql += QStringLiteral(" AND stage = :fstage");
    if (f.requiredDoctorContactOnly) sql += QStringLiteral(" AND required_doctor_contact = TRUE");
    if (f.reachedCitizenOnly) sql += QStringLiteral(" AND reached_citizen = TRUE");
    return sql;
}

void bindFilter(Statement& s, BotilbudId botilbud, const IncidentFilter& f) {
    s.bind(QStringLiteral(":b"), botilbud);
    if (f.errorType) s.bind(QStringLiteral(":ferr"), *f.errorType);
    if (f.stage) s.bind(QStringLiteral(":fstage"), *f.stage);
}

QString rangeSql(const QDate& from, const QDate& to) {
    QString sql;
    if (from.isValid()) sql += QStringLiteral(" AND occurred_date >= :from");
    if (to.isValid()) sql += QStringLiteral(" AND occurred_date <= :to");
    return sql;
}

void bindRange(Statement& s, const QDate& from, const QDate& to) {
    if (from.isValid()) s.bind(QStringLiteral(":from"), from);
    if (to.isValid()) s.bind(QStringLiteral(":to"), to);
}

} // namespace

IncidentRepository::IncidentRepository(Database& db) : m_db(db) {}

Result<IncidentId> IncidentRepository::add(const Incident& incident) {
    auto ids = addMany({incident});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<IncidentId>> IncidentRepository::addMany(const QList<Incident>& incidents) {
    const QDate today = QDate::currentDate();
    for (const Incident& incident : incidents)
        MEDSAFE_TRY(
            detail::validated(IncidentValidator::validate(incident, today), QStringLiteral("incident")));
    const QString now = nowUtcText();
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral("INSERT INTO incident (%1) VALUES (%2)").arg(kColumns, kValues)));
    QList<IncidentId> ids;
    ids.reserve(incidents.size());
    for (const Incident& incident : incidents) {
        bindIncident(s, incident, now);
        MEDSAFE_TRY(s.exec());
        ids.append(IncidentId{s.lastInsertId()});
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status IncidentRepository::update(const Incident& incident) {
    MEDSAFE_TRY(detail::validated(IncidentValidator::validate(incident), QStringLiteral("incident")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE incident SET botilbud_id = :b, occurred_date = :odate, occurred_time = :otime, reported_date "
        "= :rdate,"
        " stage = :stage, error_type = :etype, actual_consequence = :actual, possible_consequence = "
        ":possible,"
        " overall_category = :overall, reached_citizen = :reached, required_doctor_contact = :doctor, "
        "ncc_merp = :ncc,"
        " description = :description, immediate_action = :action, learning = :learning, status = :status,"
        " reporter_id = :reporter, updated_at = :updated, row_version = row_version + 1 WHERE id = :id%1")
                              .arg(detail::versionCondition(incident.rowVersion.value))));
    bindIncident(s, incident, nowUtcText());
    s.bind(QStringLiteral(":id"), incident.id);
    if (incident.rowVersion.value > 0) s.bind(QStringLiteral(":version"), incident.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("incident"), incident.id.value));
    return tx.commit();
}

Status IncidentRepository::remove(IncidentId id) {
    return detail::removeById(m_db, QStringLiteral("incident"), id.value);
}

Result<Incident> IncidentRepository::get(IncidentId id) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT id, %1, row_version FROM incident WHERE id = :id").arg(kColumns)));
    s.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return detail::notFound(QStringLiteral("incident"), id.value);
    return readIncident(s);
}

Result<QList<Incident>> IncidentRepository::forBotilbud(BotilbudId botilbud, const QDate& from,
                                                        const QDate& to) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT id, %1, row_version FROM incident WHERE botilbud_id = :b%2"
                                         " ORDER BY occurred_date DESC, occurred_time DESC, id DESC")
                              .arg(kColumns, rangeSql(from, to))));
    s.bind(QStringLiteral(":b"), botilbud);
    bindRange(s, from, to);
    MEDSAFE_TRY(s.exec());
    QList<Incident> list;
    while (s.next())
        list.append(readIncident(s));
    return list;
}

Result<qint64> IncidentRepository::count(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT COUNT(*) FROM incident WHERE botilbud_id = :b")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return qint64{0};
    return s.int64(0);
}

Result<QList<MonthCount>> IncidentRepository::monthCounts(BotilbudId botilbud, const IncidentFilter& filter,
                                                          const QDate& fromMonth,
                                                          const QDate& toMonth) const {
    if (!fromMonth.isValid() || !toMonth.isValid())
        return Error::technical(QStringLiteral("monthCounts needs a month range"));
    const QDate first(fromMonth.year(), fromMonth.month(), 1);
    const QDate last(toMonth.year(), toMonth.month(), 1);
    const QDate end = last.addMonths(1).addDays(-1);
    Statement s(m_db.connection());
    const QString month = m_db.dialect().monthOf(QStringLiteral("occurred_date"));
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM incident WHERE %2%3 GROUP BY %1")
                              .arg(month, filterSql(filter), rangeSql(first, end))));
    bindFilter(s, botilbud, filter);
    bindRange(s, first, end);
    MEDSAFE_TRY(s.exec());
    QHash<QString, int> counts;
    while (s.next())
        counts.insert(s.text(0), s.integer(1));
    QList<MonthCount> result;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        result.append({month, counts.value(month.toString(QStringLiteral("yyyy-MM")), 0)});
    return result;
}

Result<QList<QDate>> IncidentRepository::eventDates(BotilbudId botilbud, const IncidentFilter& filter,
                                                    const QDate& from, const QDate& to) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT occurred_date FROM incident WHERE %1%2 ORDER BY occurred_date")
                      .arg(filterSql(filter), rangeSql(from, to))));
    bindFilter(s, botilbud, filter);
    bindRange(s, from, to);
    MEDSAFE_TRY(s.exec());
    QList<QDate> dates;
    while (s.next())
        dates.append(s.date(0));
    return dates;
}

} // namespace medsafe::storage
