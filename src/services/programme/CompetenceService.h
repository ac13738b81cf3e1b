#pragma once

#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Result.h"
#include "domain/SurveyRound.h"
#include "domain/TrainingRecord.h"
#include "domain/ValidationIssue.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Competence development: the survey (topics, rounds, each person's answers) and the training
// log (courses, the pharmacy's teaching, refreshers). Borrows the database; its thread.
class CompetenceService {
public:
    explicit CompetenceService(storage::Database& db) : m_db(db) {}

    Result<QList<domain::CompetenceTopic>> topics(domain::BotilbudId botilbud) const;
    // How often the staff need a refresher in the topic (none: no refresher); the courses
    // already logged keep their dates.
    Status setRefresherInterval(domain::BotilbudId botilbud, domain::CompetenceTopicId topic,
                                std::optional<int> months) const;
    // Oldest first.
    Result<QList<domain::SurveyRound>> rounds(domain::BotilbudId botilbud) const;
    Result<QList<domain::CompetenceAnswer>> answers(domain::SurveyRoundId round) const;
    // Creates or replaces the answer of (round, person, topic).
    Status saveAnswer(const domain::CompetenceAnswer& answer) const;

    Result<QList<domain::TrainingRecord>> training(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::TrainingRecord& record, const QDate& today);
    // Adds a new record (no id) or replaces a stored one; returns its id.
    Result<domain::TrainingRecordId> saveTraining(const domain::TrainingRecord& record, const QDate& today) const;
    Status removeTraining(domain::TrainingRecordId id) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
