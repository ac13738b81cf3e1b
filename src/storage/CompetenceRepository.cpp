#include "storage/CompetenceRepository.h"

#include "domain/CompetenceValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindTraining(Statement& s, const TrainingRecord& t) {
    s.bind(QStringLiteral(":person"), t.personId);
    s.bind(QStringLiteral(":course"), t.course);
    s.bind(QStringLiteral(":provider"), t.provider);
    s.bind(QStringLiteral(":completed"), t.completedDate);
    s.bind(QStringLiteral(":due"), t.refresherDue);
    s.bind(QStringLiteral(":note"), t.note);
    s.bind(QStringLiteral(":agreement"), t.agreementId);
    s.bind(QStringLiteral(":topic"), t.topicId);
}

} // namespace

CompetenceRepository::CompetenceRepository(Database& db) : m_db(db) {}

Result<CompetenceTopicId> CompetenceRepository::addTopic(const CompetenceTopic& topic) {
    MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(topic), QStringLiteral("competence topic")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral("INSERT INTO competence_topic (botilbud_id, code, name, sort_order,"
                                         " refresher_months) VALUES (:b, :code, :name, :sort, :refresher)")));
    s.bind(QStringLiteral(":b"), topic.botilbudId);
    s.bind(QStringLiteral(":code"), topic.code);
    s.bind(QStringLiteral(":name"), topic.name);
    s.bind(QStringLiteral(":sort"), topic.sortOrder);
    s.bind(QStringLiteral(":refresher"), topic.refresherMonths);
    MEDSAFE_TRY(s.exec());
    const CompetenceTopicId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status CompetenceRepository::updateTopic(const CompetenceTopic& topic) {
    MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(topic), QStringLiteral("competence topic")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("UPDATE competence_topic SET botilbud_id = :b, code = :code, name = :name,"
                                 " sort_order = :sort, refresher_months = :refresher WHERE id = :id")));
    s.bind(QStringLiteral(":b"), topic.botilbudId);
    s.bind(QStringLiteral(":code"), topic.code);
    s.bind(QStringLiteral(":name"), topic.name);
    s.bind(QStringLiteral(":sort"), topic.sortOrder);
    s.bind(QStringLiteral(":refresher"), topic.refresherMonths);
    s.bind(QStringLiteral(":id"), topic.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("competence_topic"), topic.id.value));
    return tx.commit();
}

Status CompetenceRepository::removeTopic(CompetenceTopicId id) {
    return detail::removeById(m_db, QStringLiteral("competence_topic"), id.value);
}

Result<QList<CompetenceTopic>> CompetenceRepository::topics(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT id, botilbud_id, code, name, sort_order, refresher_months FROM competence_topic"
                                 " WHERE botilbud_id = :b ORDER BY sort_order, id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<CompetenceTopic> list;
    while (s.next())
        list.append({s.id<CompetenceTopicId>(0), s.id<BotilbudId>(1), s.text(2), s.text(3), s.integer(4),
                     s.optInteger(5)});
    return list;
}

Result<SurveyRoundId> CompetenceRepository::addRound(const SurveyRound& round) {
    MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(round), QStringLiteral("survey round")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO survey_round (botilbud_id, name, round_date) VALUES (:b, :name, :date)")));
    s.bind(QStringLiteral(":b"), round.botilbudId);
    s.bind(QStringLiteral(":name"), round.name);
    s.bind(QStringLiteral(":date"), round.date);
    MEDSAFE_TRY(s.exec());
    const SurveyRoundId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status CompetenceRepository::updateRound(const SurveyRound& round) {
    MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(round), QStringLiteral("survey round")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE survey_round SET botilbud_id = :b, name = :name, round_date = :date WHERE id = :id")));
    s.bind(QStringLiteral(":b"), round.botilbudId);
    s.bind(QStringLiteral(":name"), round.name);
    s.bind(QStringLiteral(":date"), round.date);
    s.bind(QStringLiteral(":id"), round.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("survey_round"), round.id.value));
    return tx.commit();
}

Status CompetenceRepository::removeRound(SurveyRoundId id) {
    return detail::removeById(m_db, QStringLiteral("survey_round"), id.value);
}

Result<QList<SurveyRound>> CompetenceRepository::rounds(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT id, botilbud_id, name, round_date FROM survey_round"
                                         " WHERE botilbud_id = :b ORDER BY round_date, id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<SurveyRound> list;
    while (s.next())
        list.append({s.id<SurveyRoundId>(0), s.id<BotilbudId>(1), s.text(2), s.date(3)});
    return list;
}

Status CompetenceRepository::saveAnswer(const CompetenceAnswer& answer) {
    return saveAnswers({answer});
}

Status CompetenceRepository::saveAnswers(const QList<CompetenceAnswer>& answers) {
    for (const CompetenceAnswer& a : answers)
        MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(a), QStringLiteral("competence answer")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "INSERT INTO competence_answer (round_id, person_id, topic_id, answer_level, training_need)"
        " VALUES (:round, :person, :topic, :level, :need) ON CONFLICT (round_id, person_id, topic_id)"
        " DO UPDATE SET answer_level = excluded.answer_level, training_need = excluded.training_need")));
    for (const CompetenceAnswer& a : answers) {
        s.bind(QStringLiteral(":round"), a.roundId);
        s.bind(QStringLiteral(":person"), a.personId);
        s.bind(QStringLiteral(":topic"), a.topicId);
        s.bind(QStringLiteral(":level"), a.level);
        s.bind(QStringLiteral(":need"), a.trainingNeed);
        MEDSAFE_TRY(s.exec());
    }
    return tx.commit();
}

Result<QList<CompetenceAnswer>> CompetenceRepository::answers(SurveyRoundId round) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT round_id, person_id, topic_id, answer_level, training_need"
                       " FROM competence_answer WHERE round_id = :round ORDER BY person_id, topic_id")));
    s.bind(QStringLiteral(":round"), round);
    MEDSAFE_TRY(s.exec());
    QList<CompetenceAnswer> list;
    while (s.next())
        list.append({s.id<SurveyRoundId>(0), s.id<PersonId>(1), s.id<CompetenceTopicId>(2), s.integer(3),
                     s.boolean(4)});
    return list;
}

Result<TrainingRecordId> CompetenceRepository::addTraining(const TrainingRecord& record) {
    auto ids = addTrainings({record});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<TrainingRecordId>> CompetenceRepository::addTrainings(const QList<TrainingRecord>& records) {
    for (const TrainingRecord& r : records)
        MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(r), QStringLiteral("training record")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO training_record (person_id, course, provider, completed_date,"
        " refresher_due, note, agreement_id, topic_id)"
        " VALUES (:person, :course, :provider, :completed, :due, :note, :agreement, :topic)")));
    QList<TrainingRecordId> ids;
    for (const TrainingRecord& r : records) {
        bindTraining(s, r);
        MEDSAFE_TRY(s.exec());
        ids.append(TrainingRecordId{s.lastInsertId()});
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status CompetenceRepository::updateTraining(const TrainingRecord& record) {
    MEDSAFE_TRY(detail::validated(CompetenceValidator::validate(record), QStringLiteral("training record")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE training_record SET person_id = :person, course = :course, provider = :provider,"
        " completed_date = :completed, refresher_due = :due, note = :note, agreement_id = :agreement,"
        " topic_id = :topic WHERE id = :id")));
    bindTraining(s, record);
    s.bind(QStringLiteral(":id"), record.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("training_record"), record.id.value));
    return tx.commit();
}

Status CompetenceRepository::removeTraining(TrainingRecordId id) {
    return detail::removeById(m_db, QStringLiteral("training_record"), id.value);
}

Result<QList<TrainingRecord>> CompetenceRepository::trainingFor(PersonId person) const {
    return selectTraining(QStringLiteral("t.person_id = :key"), person.value, {});
}

Result<QList<TrainingRecord>> CompetenceRepository::trainingForBotilbud(BotilbudId botilbud) const {
    return selectTraining(QStringLiteral("p.botilbud_id = :key"), botilbud.value, {});
}

Result<QList<TrainingRecord>> CompetenceRepository::refreshersDue(BotilbudId botilbud,
                                                                  const QDate& date) const {
    return selectTraining(
        QStringLiteral("p.botilbud_id = :key AND t.refresher_due IS NOT NULL AND t.refresher_due <= :due"),
        botilbud.value, date);
}

Result<QList<TrainingRecord>> CompetenceRepository::selectTraining(const QString& where, qint64 key,
                                                                   const QDate& dueBy) const {
    Statement s(m_db.connection());
    const QString order =
        dueBy.isValid() ? QStringLiteral("t.refresher_due, t.id") : QStringLiteral("t.completed_date, t.id");
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT t.id, t.person_id, t.course, t.provider, t.completed_date, t.refresher_due,"
                       " t.note, t.agreement_id, t.topic_id FROM training_record t JOIN person p ON p.id = t.person_id"
                       " WHERE %1 ORDER BY %2")
            .arg(where, order)));
    s.bind(QStringLiteral(":key"), key);
    if (dueBy.isValid()) s.bind(QStringLiteral(":due"), dueBy);
    MEDSAFE_TRY(s.exec());
    QList<TrainingRecord> list;
    while (s.next()) {
        list.append({s.id<TrainingRecordId>(0), s.id<PersonId>(1), s.text(2),
                     s.code(3, TrainingProvider::Other), s.date(4), s.date(5), s.text(6),
                     s.optId<PharmacyAgreementId>(7), s.optId<CompetenceTopicId>(8)});
    }
    return list;
}

} // namespace medsafe::storage
