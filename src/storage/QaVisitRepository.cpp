#include "storage/QaVisitRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindVisit(Statement& s, const QaVisit& v) {
    s.bind(QStringLiteral(":b"), v.botilbudId);
    s.bind(QStringLiteral(":date"), v.visitDate);
    s.bind(QStringLiteral(":auditor"), v.auditor);
    s.bind(QStringLiteral(":checklist"), v.checklistId);
    s.bind(QStringLiteral(":agreement"), v.agreementId);
    s.bind(QStringLiteral(":summary"), v.summary);
}

void bindFinding(Statement& s, const QaFinding& f) {
    s.bind(QStringLiteral(":visit"), f.visitId);
    s.bind(QStringLiteral(":item"), f.itemId);
    s.bind(QStringLiteral(":severity"), f.severity);
    s.bind(QStringLiteral(":action"), f.action);
    s.bind(QStringLiteral(":responsible"), f.responsible);
    s.bind(QStringLiteral(":due"), f.dueDate);
    s.bind(QStringLiteral(":status"), f.status);
    s.bind(QStringLiteral(":closed"), f.closedOn);
    s.bind(QStringLiteral(":idea"), f.changeIdeaId);
}

} // namespace

QaVisitRepository::QaVisitRepository(Database& db) : m_db(db) {}

Result<QaVisitId> QaVisitRepository::addVisit(const QaVisit& visit) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO qa_visit (botilbud_id, visit_date, auditor, checklist_id, agreement_id, summary)"
        " VALUES (:b, :date, :auditor, :checklist, :agreement, :summary)")));
    bindVisit(s, visit);
    MEDSAFE_TRY(s.exec());
    const QaVisitId id{s.lastInsertId()};
    MEDSAFE_TRY(writeAnswers(id, visit.answers));
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status QaVisitRepository::updateVisit(const QaVisit& visit) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE qa_visit SET botilbud_id = :b, visit_date = :date, auditor = :auditor,"
                       " checklist_id = :checklist, agreement_id = :agreement, summary = :summary,"
                       " row_version = row_version + 1 WHERE id = :id%1")
            .arg(detail::versionCondition(visit.rowVersion.value))));
    bindVisit(s, visit);
    s.bind(QStringLiteral(":id"), visit.id);
    if (visit.rowVersion.value > 0) s.bind(QStringLiteral(":version"), visit.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("qa_visit"), visit.id.value));
    MEDSAFE_TRY(writeAnswers(visit.id, visit.answers));
    return tx.commit();
}

Status QaVisitRepository::writeAnswers(QaVisitId visit, const QList<QaAnswer>& answers) {
    QHash<qint64, QaAnswer> stored;
    {
        Statement read(m_db.connection());
        MEDSAFE_TRY(
            read.prepare(QStringLiteral("SELECT item_id, result, note FROM qa_answer WHERE visit_id = :v")));
        read.bind(QStringLiteral(":v"), visit);
        MEDSAFE_TRY(read.exec());
        while (read.next()) {
            const auto item = read.id<QaChecklistItemId>(0);
            stored.insert(item.value, QaAnswer{item, read.code(1, QaResult::NotApplicable), read.text(2)});
        }
    }
    Statement insert(m_db.connection());
    MEDSAFE_TRY(insert.prepare(QStringLiteral(
        "INSERT INTO qa_answer (visit_id, item_id, result, note) VALUES (:v, :item, :result, :note)")));
    Statement update(m_db.connection());
    MEDSAFE_TRY(update.prepare(QStringLiteral(
        "UPDATE qa_answer SET result = :result, note = :note WHERE visit_id = :v AND item_id = :item")));
    for (const QaAnswer& answer : answers) {
        const auto found = stored.constFind(answer.itemId.value);
        if (found != stored.cend() && *found == answer) {
            stored.remove(answer.itemId.value);
            continue;
        }
        Statement& s = found == stored.cend() ? insert : update;
        s.bind(QStringLiteral(":v"), visit);
        s.bind(QStringLiteral(":item"), answer.itemId);
        s.bind(QStringLiteral(":result"), answer.result);
        s.bind(QStringLiteral(":note"), answer.note);
        MEDSAFE_TRY(s.exec());
        stored.remove(answer.itemId.value);
    }
    Statement remove(m_db.connection());
    MEDSAFE_TRY(
        remove.prepare(QStringLiteral("DELETE FROM qa_answer WHERE visit_id = :v AND item_id = :item")));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        remove.bind(QStringLiteral(":v"), visit);
        remove.bind(QStringLiteral(":item"), it.key());
        MEDSAFE_TRY(remove.exec());
    }
    return success();
}

Status QaVisitRepository::removeVisit(QaVisitId id) {
    return detail::removeById(m_db, QStringLiteral("qa_visit"), id.value);
}

Result<QList<QaVisit>> QaVisitRepository::visits(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT v.id, v.botilbud_id, v.visit_date, v.auditor, v.checklist_id, v.agreement_id, v.summary, "
        "v.row_version,"
        " a.item_id, a.result, a.note FROM qa_visit v LEFT JOIN qa_answer a ON a.visit_id = v.id"
        " LEFT JOIN qa_checklist_item i ON i.id = a.item_id"
        " WHERE v.botilbud_id = :b ORDER BY v.visit_date, v.id, i.sort_order, a.item_id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<QaVisit> list;
    while (s.next()) {
        const auto id = s.id<QaVisitId>(0);
        if (list.isEmpty() || list.constLast().id != id) {
            QaVisit v;
            v.id = id;
            v.botilbudId = s.id<BotilbudId>(1);
            v.visitDate = s.date(2);
            v.auditor = s.text(3);
            v.checklistId = s.id<QaChecklistId>(4);
            v.agreementId = s.optId<PharmacyAgreementId>(5);
            v.summary = s.text(6);
            v.rowVersion.value = s.integer(7);
            list << v;
        }
        if (!s.isNull(8))
            list.last().answers << QaAnswer{s.id<QaChecklistItemId>(8), s.code(9, QaResult::NotApplicable),
                                            s.text(10)};
    }
    return list;
}

Result<QaFindingId> QaVisitRepository::addFinding(const QaFinding& finding) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral("INSERT INTO qa_finding (visit_id, item_id, severity, action, "
                                               "responsible_id, due_date, status, closed_on,"
                                               " change_idea_id) VALUES (:visit, :item, :severity, :action, "
                                               ":responsible, :due, :status, :closed, :idea)")));
    bindFinding(s, finding);
    MEDSAFE_TRY(s.exec());
    const QaFindingId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status QaVisitRepository::updateFinding(const QaFinding& finding) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE qa_finding SET visit_id = :visit, item_id = :item, severity = :severity,"
                       " action = :action, responsible_id = :responsible, due_date = :due,"
                       " status = :status, closed_on = :closed, change_idea_id = :idea,"
                       " row_version = row_version + 1 WHERE id = :id%1")
            .arg(detail::versionCondition(finding.rowVersion.value))));
    bindFinding(s, finding);
    s.bind(QStringLiteral(":id"), finding.id);
    if (finding.rowVersion.value > 0) s.bind(QStringLiteral(":version"), finding.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("qa_finding"), finding.id.value));
    return tx.commit();
}

Status QaVisitRepository::removeFinding(QaFindingId id) {
    return detail::removeById(m_db, QStringLiteral("qa_finding"), id.value);
}

Result<QList<QaFinding>> QaVisitRepository::findings(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT f.id, f.visit_id, f.item_id, f.severity, f.action, f.responsible_id, f.due_date, f.status, "
        "f.closed_on,"
        " f.change_idea_id, f.row_version FROM qa_finding f JOIN qa_visit v ON v.id = f.visit_id"
        " JOIN qa_checklist_item i ON i.id = f.item_id"
        " WHERE v.botilbud_id = :b ORDER BY v.visit_date, v.id, i.sort_order, f.id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<QaFinding> list;
    while (s.next()) {
        QaFinding f;
        f.id = s.id<QaFindingId>(0);
        f.visitId = s.id<QaVisitId>(1);
        f.itemId = s.id<QaChecklistItemId>(2);
        f.severity = s.code(3, FindingSeverity::Medium);
        f.action = s.text(4);
        f.responsible = s.optId<PersonId>(5);
        f.dueDate = s.date(6);
        f.status = s.code(7, FindingStatus::Open);
        f.closedOn = s.date(8);
        f.changeIdeaId = s.optId<ChangeIdeaId>(9);
        f.rowVersion.value = s.integer(10);
        list << f;
    }
    return list;
}

} // namespace medsafe::storage
