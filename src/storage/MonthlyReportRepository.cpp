#include "storage/MonthlyReportRepository.h"

#include "domain/MonthlyReportValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns = QStringLiteral(
    "id, botilbud_id, report_month, status, went_well, barriers, support_needed, plan_next_month, self_score,"
    " consultant_feedback, sent_date, feedback_date");

void bindReport(Statement& s, const MonthlyReport& r) {
    s.bind(QStringLiteral(":b"), r.botilbudId);
    s.bind(QStringLiteral(":month"), r.month);
    s.bind(QStringLiteral(":status"), r.status);
    s.bind(QStringLiteral(":well"), r.wentWell);
    s.bind(QStringLiteral(":barriers"), r.barriers);
    s.bind(QStringLiteral(":support"), r.supportNeeded);
    s.bind(QStringLiteral(":plan"), r.planNextMonth);
    s.bind(QStringLiteral(":score"), r.selfScore);
    s.bind(QStringLiteral(":feedback"), r.consultantFeedback);
    s.bind(QStringLiteral(":sent"), r.sentDate);
    s.bind(QStringLiteral(":fdate"), r.feedbackDate);
    s.bind(QStringLiteral(":updated"), nowUtcText());
}

MonthlyReport readReport(const Statement& s) {
    MonthlyReport r;
    r.id = s.id<MonthlyReportId>(0);
    r.botilbudId = s.id<BotilbudId>(1);
    r.month = s.date(2);
    r.status = s.code(3, ReportStatus::Draft);
    r.wentWell = s.text(4);
    r.barriers = s.text(5);
    r.supportNeeded = s.text(6);
    r.planNextMonth = s.text(7);
    r.selfScore = s.optInteger(8);
    r.consultantFeedback = s.text(9);
    r.sentDate = s.date(10);
    r.feedbackDate = s.date(11);
    return r;
}

} // namespace

MonthlyReportRepository::MonthlyReportRepository(Database& db) : m_db(db) {}

Result<MonthlyReportId> MonthlyReportRepository::add(const MonthlyReport& report) {
    MEDSAFE_TRY(
        detail::validated(MonthlyReportValidator::validate(report), QStringLiteral("monthly report")));
    Transaction tx(m_db);
    auto existing = forMonth(report.botilbudId, report.month);
    if (!existing) return existing.error();
    if (*existing) {
        return Error::forUser(
            QStringLiteral("monthly report for %1 already exists").arg(report.month.toString(Qt::ISODate)),
            tr("There is already a report for this month. Open that report instead."));
    }
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO monthly_report (botilbud_id, report_month, status, went_well, barriers, support_needed,"
        " plan_next_month, self_score, consultant_feedback, sent_date, feedback_date, updated_at)"
        " VALUES (:b, :month, :status, :well, :barriers, :support, :plan, :score, :feedback, :sent, :fdate, "
        ":updated)")));
    bindReport(s, report);
    MEDSAFE_TRY(s.exec());
    const MonthlyReportId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status MonthlyReportRepository::update(const MonthlyReport& report) {
    MEDSAFE_TRY(
        detail::validated(MonthlyReportValidator::validate(report), QStringLiteral("monthly report")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE monthly_report SET botilbud_id = :b, report_month = :month, status = :status, went_well = "
        ":well,"
        " barriers = :barriers, support_needed = :support, plan_next_month = :plan, self_score = :score,"
        " consultant_feedback = :feedback, sent_date = :sent, feedback_date = :fdate, updated_at = :updated "
        "WHERE id = :id")));
    bindReport(s, report);
    s.bind(QStringLiteral(":id"), report.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("monthly_report"), report.id.value));
    return tx.commit();
}

Status MonthlyReportRepository::remove(MonthlyReportId id) {
    return detail::removeById(m_db, QStringLiteral("monthly_report"), id.value);
}

Result<MonthlyReport> MonthlyReportRepository::get(MonthlyReportId id) const {
    auto list = select(QStringLiteral("id = :key"), id.value, {});
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("monthly_report"), id.value);
    return list->constFirst();
}

Result<QList<MonthlyReport>> MonthlyReportRepository::forBotilbud(BotilbudId botilbud) const {
    return select(QStringLiteral("botilbud_id = :key"), botilbud.value, {});
}

Result<std::optional<MonthlyReport>> MonthlyReportRepository::forMonth(BotilbudId botilbud,
                                                                       const QDate& month) const {
    auto list = select(QStringLiteral("botilbud_id = :key AND report_month = :month"), botilbud.value, month);
    if (!list) return list.error();
    if (list->isEmpty()) return std::optional<MonthlyReport>{};
    return std::optional<MonthlyReport>{list->constFirst()};
}

Result<QList<MonthlyReport>> MonthlyReportRepository::select(const QString& where, qint64 key,
                                                             const QDate& month) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT %1 FROM monthly_report WHERE %2 ORDER BY report_month DESC, id")
                      .arg(kColumns, where)));
    s.bind(QStringLiteral(":key"), key);
    if (month.isValid()) s.bind(QStringLiteral(":month"), QDate(month.year(), month.month(), 1));
    MEDSAFE_TRY(s.exec());
    QList<MonthlyReport> list;
    while (s.next())
        list.append(readReport(s));
    return list;
}

} // namespace medsafe::storage
