#include "storage/PharmacyRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kAgreementColumns =
    QStringLiteral("botilbud_id, pharmacy_name, contact_person, contact_details, teaching, "
                   "quality_assurance, visits_per_year,"
                   " teaching_per_year, starts_on, ends_on, note");

void bindAgreement(Statement& s, const PharmacyAgreement& a) {
    s.bind(QStringLiteral(":b"), a.botilbudId);
    s.bind(QStringLiteral(":name"), a.pharmacyName);
    s.bind(QStringLiteral(":contact"), a.contactPerson);
    s.bind(QStringLiteral(":details"), a.contactDetails);
    s.bind(QStringLiteral(":teaching"), a.teaching);
    s.bind(QStringLiteral(":qa"), a.qualityAssurance);
    s.bind(QStringLiteral(":visits"), a.visitsPerYear);
    s.bind(QStringLiteral(":sessions"), a.teachingPerYear);
    s.bind(QStringLiteral(":starts"), a.startsOn);
    s.bind(QStringLiteral(":ends"), a.endsOn);
    s.bind(QStringLiteral(":note"), a.note);
}

const QString kQuestionColumns = QStringLiteral(
    "botilbud_id, asked_on, asked_by, category, question, answer, answered_on, led_to_change, good_to_know");

void bindQuestion(Statement& s, const PharmacyQuestion& q) {
    s.bind(QStringLiteral(":b"), q.botilbudId);
    s.bind(QStringLiteral(":asked"), q.askedOn);
    s.bind(QStringLiteral(":by"), q.askedBy);
    s.bind(QStringLiteral(":category"), q.category);
    s.bind(QStringLiteral(":question"), q.question);
    s.bind(QStringLiteral(":answer"), q.answer);
    s.bind(QStringLiteral(":answered"), q.answeredOn);
    s.bind(QStringLiteral(":changed"), q.ledToProcedureChange);
    s.bind(QStringLiteral(":good"), q.goodToKnow);
}

} // namespace

PharmacyRepository::PharmacyRepository(Database& db) : m_db(db) {}

Result<PharmacyAgreementId> PharmacyRepository::addAgreement(const PharmacyAgreement& agreement) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO pharmacy_agreement (%1) VALUES (:b, :name, :contact,"
                       " :details, :teaching, :qa, :visits, :sessions, :starts, :ends, :note)")
            .arg(kAgreementColumns)));
    bindAgreement(s, agreement);
    MEDSAFE_TRY(s.exec());
    const PharmacyAgreementId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status PharmacyRepository::updateAgreement(const PharmacyAgreement& agreement) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral(
            "UPDATE pharmacy_agreement SET botilbud_id = :b, pharmacy_name = :name, contact_person = "
            ":contact,"
            " contact_details = :details, teaching = :teaching, quality_assurance = :qa,"
            " visits_per_year = :visits, teaching_per_year = :sessions, starts_on = :starts, ends_on = :ends,"
            " note = :note, row_version = row_version + 1 WHERE id = :id%1")
            .arg(detail::versionCondition(agreement.rowVersion.value))));
    bindAgreement(s, agreement);
    s.bind(QStringLiteral(":id"), agreement.id);
    if (agreement.rowVersion.value > 0) s.bind(QStringLiteral(":version"), agreement.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(
        detail::versionedUpdateResult(m_db, s, QStringLiteral("pharmacy_agreement"), agreement.id.value));
    return tx.commit();
}

Status PharmacyRepository::removeAgreement(PharmacyAgreementId id) {
    return detail::removeById(m_db, QStringLiteral("pharmacy_agreement"), id.value);
}

Result<QList<PharmacyAgreement>> PharmacyRepository::agreements(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, %1, row_version FROM pharmacy_agreement WHERE botilbud_id = :b"
                                 " ORDER BY starts_on DESC, id DESC")
                      .arg(kAgreementColumns)));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<PharmacyAgreement> list;
    while (s.next()) {
        PharmacyAgreement a;
        a.id = s.id<PharmacyAgreementId>(0);
        a.botilbudId = s.id<BotilbudId>(1);
        a.pharmacyName = s.text(2);
        a.contactPerson = s.text(3);
        a.contactDetails = s.text(4);
        a.teaching = s.boolean(5);
        a.qualityAssurance = s.boolean(6);
        a.visitsPerYear = s.integer(7);
        a.teachingPerYear = s.integer(8);
        a.startsOn = s.date(9);
        a.endsOn = s.date(10);
        a.note = s.text(11);
        a.rowVersion.value = s.integer(12);
        list << a;
    }
    return list;
}

Result<QaChecklistId> PharmacyRepository::addChecklistVersion(const QaChecklist& checklist) {
    Transaction tx(m_db);
    Statement next(m_db.connection());
    MEDSAFE_TRY(next.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(version_number), 0) + 1 FROM qa_checklist WHERE botilbud_id = :b")));
    next.bind(QStringLiteral(":b"), checklist.botilbudId);
    MEDSAFE_TRY(next.exec());
    const int number = next.next() ? next.integer(0) : 1;
    next.finish();
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral("INSERT INTO qa_checklist (botilbud_id, version_number, "
                                               "created_on) VALUES (:b, :number, :created)")));
    s.bind(QStringLiteral(":b"), checklist.botilbudId);
    s.bind(QStringLiteral(":number"), number);
    s.bind(QStringLiteral(":created"), checklist.createdOn);
    MEDSAFE_TRY(s.exec());
    const QaChecklistId id{s.lastInsertId()};
    Statement item(m_db.connection());
    MEDSAFE_TRY(item.prepareInsert(
        QStringLiteral("INSERT INTO qa_checklist_item (checklist_id, area, sort_order, item_text)"
                       " VALUES (:c, :area, :sort, :text)")));
    int sort = 0;
    for (const QaChecklistItem& i : checklist.items) {
        item.bind(QStringLiteral(":c"), id);
        item.bind(QStringLiteral(":area"), i.area);
        item.bind(QStringLiteral(":sort"), ++sort);
        item.bind(QStringLiteral(":text"), i.text.trimmed());
        MEDSAFE_TRY(item.exec());
    }
    MEDSAFE_TRY(tx.commit());
    return id;
}

Result<QList<QaChecklist>> PharmacyRepository::selectChecklists(const QString& where, qint64 key) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT c.id, c.botilbud_id, c.version_number, c.created_on, i.id, i.area,"
                                 " i.item_text FROM qa_checklist c LEFT JOIN qa_checklist_item i"
                                 " ON i.checklist_id = c.id WHERE %1 = :key"
                                 " ORDER BY c.version_number, i.sort_order, i.id")
                      .arg(where)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<QaChecklist> list;
    while (s.next()) {
        const auto id = s.id<QaChecklistId>(0);
        if (list.isEmpty() || list.constLast().id != id)
            list << QaChecklist{id, s.id<BotilbudId>(1), s.integer(2), s.date(3), {}};
        if (!s.isNull(4))
            list.last().items << QaChecklistItem{s.id<QaChecklistItemId>(4), s.code(5, QaArea::Storage),
                                                 s.text(6)};
    }
    return list;
}

Result<QList<QaChecklist>> PharmacyRepository::checklists(BotilbudId botilbud) const {
    return selectChecklists(QStringLiteral("c.botilbud_id"), botilbud.value);
}

Result<QaChecklist> PharmacyRepository::checklist(QaChecklistId id) const {
    auto list = selectChecklists(QStringLiteral("c.id"), id.value);
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("qa_checklist"), id.value);
    return list->constFirst();
}

Result<PharmacyQuestionId> PharmacyRepository::addQuestion(const PharmacyQuestion& question) {
    auto ids = addQuestions({question});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<PharmacyQuestionId>> PharmacyRepository::addQuestions(const QList<PharmacyQuestion>& questions) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO pharmacy_question (%1) VALUES (:b, :asked, :by, :category,"
                       " :question, :answer, :answered, :changed, :good)")
            .arg(kQuestionColumns)));
    QList<PharmacyQuestionId> ids;
    for (const PharmacyQuestion& q : questions) {
        bindQuestion(s, q);
        MEDSAFE_TRY(s.exec());
        ids << PharmacyQuestionId{s.lastInsertId()};
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status PharmacyRepository::updateQuestion(const PharmacyQuestion& question) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral(
            "UPDATE pharmacy_question SET botilbud_id = :b, asked_on = :asked, asked_by = :by,"
            " category = :category, question = :question, answer = :answer, answered_on = :answered,"
            " led_to_change = :changed, good_to_know = :good, row_version = row_version + 1"
            " WHERE id = :id%1")
            .arg(detail::versionCondition(question.rowVersion.value))));
    bindQuestion(s, question);
    s.bind(QStringLiteral(":id"), question.id);
    if (question.rowVersion.value > 0) s.bind(QStringLiteral(":version"), question.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(
        detail::versionedUpdateResult(m_db, s, QStringLiteral("pharmacy_question"), question.id.value));
    return tx.commit();
}

Status PharmacyRepository::removeQuestion(PharmacyQuestionId id) {
    return detail::removeById(m_db, QStringLiteral("pharmacy_question"), id.value);
}

Result<QList<PharmacyQuestion>> PharmacyRepository::questions(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, %1, row_version FROM pharmacy_question WHERE botilbud_id = :b"
                                 " ORDER BY asked_on DESC, id DESC")
                      .arg(kQuestionColumns)));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<PharmacyQuestion> list;
    while (s.next()) {
        PharmacyQuestion q;
        q.id = s.id<PharmacyQuestionId>(0);
        q.botilbudId = s.id<BotilbudId>(1);
        q.askedOn = s.date(2);
        q.askedBy = s.optId<PersonId>(3);
        q.category = s.code(4, QuestionCategory::Other);
        q.question = s.text(5);
        q.answer = s.text(6);
        q.answeredOn = s.date(7);
        q.ledToProcedureChange = s.boolean(8);
        q.goodToKnow = s.boolean(9);
        q.rowVersion.value = s.integer(10);
        list << q;
    }
    return list;
}

} // namespace medsafe::storage
