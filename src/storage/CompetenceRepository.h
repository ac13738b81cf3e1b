#pragma once

#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Result.h"
#include "domain/SurveyRound.h"
#include "domain/TrainingRecord.h"

#include <QDate>
#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the competence survey (topics, rounds, answers) and training records.
class CompetenceRepository {
public:
    explicit CompetenceRepository(Database& db);

    Result<domain::CompetenceTopicId> addTopic(const domain::CompetenceTopic& topic);
    Status updateTopic(const domain::CompetenceTopic& topic);
    Status removeTopic(domain::CompetenceTopicId id);
    Result<QList<domain::CompetenceTopic>> topics(domain::BotilbudId botilbud) const;

    Result<domain::SurveyRoundId> addRound(const domain::SurveyRound& round);
    Status updateRound(const domain::SurveyRound& round);
    Status removeRound(domain::SurveyRoundId id);
    Result<QList<domain::SurveyRound>> rounds(domain::BotilbudId botilbud) const;

    // Creates or replaces the answer of (round, person, topic).
    Status saveAnswer(const domain::CompetenceAnswer& answer);
    Status saveAnswers(const QList<domain::CompetenceAnswer>& answers);
    Result<QList<domain::CompetenceAnswer>> answers(domain::SurveyRoundId round) const;

    Result<domain::TrainingRecordId> addTraining(const domain::TrainingRecord& record);
    Result<QList<domain::TrainingRecordId>> addTrainings(const QList<domain::TrainingRecord>& records);
    Status updateTraining(const domain::TrainingRecord& record);
    Status removeTraining(domain::TrainingRecordId id);
    Result<QList<domain::TrainingRecord>> trainingFor(domain::PersonId person) const;
    Result<QList<domain::TrainingRecord>> trainingForBotilbud(domain::BotilbudId botilbud) const;
    // Records whose refresher is due on or before `date` (reminders), soonest first.
    Result<QList<domain::TrainingRecord>> refreshersDue(domain::BotilbudId botilbud, const QDate& date) const;

private:
    Result<QList<domain::TrainingRecord>> selectTraining(const QString& where, qint64 key,
                                                         const QDate& dueBy) const;

    Database& m_db;
};

} // namespace medsafe::storage
