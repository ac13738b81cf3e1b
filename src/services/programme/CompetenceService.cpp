#include "services/programme/CompetenceService.h"

#include "domain/CompetenceValidator.h"
#include "services/access/AccessPolicy.h"
#include "services/pharmacy/RefresherPlan.h"
#include "storage/CompetenceRepository.h"
#include "storage/PersonRepository.h"

namespace medsafe::services {

Result<QList<domain::CompetenceTopic>> CompetenceService::topics(domain::BotilbudId botilbud) const {
    return storage::CompetenceRepository(m_db).topics(botilbud);
}

Status CompetenceService::setRefresherInterval(domain::BotilbudId botilbud, domain::CompetenceTopicId topicId,
                                               std::optional<int> months) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditCompetence, botilbud); !allowed) return allowed;
    storage::CompetenceRepository repository(m_db);
    auto all = repository.topics(botilbud);
    if (!all) return all.error();
    for (domain::CompetenceTopic topic : *all) {
        if (topic.id != topicId) continue;
        topic.refresherMonths = months;
        return repository.updateTopic(topic);
    }
    return Error::technical(QStringLiteral("competence topic %1 not in botilbud %2").arg(topicId.value).arg(botilbud.value));
}

Result<QList<domain::SurveyRound>> CompetenceService::rounds(domain::BotilbudId botilbud) const {
    return storage::CompetenceRepository(m_db).rounds(botilbud); // ordered by date in SQL
}

Result<QList<domain::CompetenceAnswer>> CompetenceService::answers(domain::SurveyRoundId round) const {
    return storage::CompetenceRepository(m_db).answers(round);
}

Status CompetenceService::saveAnswer(const domain::CompetenceAnswer& answer) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditCompetence); !allowed) return allowed;
    return storage::CompetenceRepository(m_db).saveAnswer(answer);
}

Result<QList<domain::TrainingRecord>> CompetenceService::training(domain::BotilbudId botilbud) const {
    return storage::CompetenceRepository(m_db).trainingForBotilbud(botilbud);
}

domain::ValidationIssues CompetenceService::check(const domain::TrainingRecord& record, const QDate& today) {
    return domain::CompetenceValidator::validate(record, today);
}

Result<domain::TrainingRecordId> CompetenceService::saveTraining(const domain::TrainingRecord& record,
                                                                 const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditCompetence); !allowed)
        return allowed.error();
    if (const auto issues = check(record, today); !issues.isEmpty())
        return domain::toError(QStringLiteral("training record"), issues);
    storage::CompetenceRepository repository(m_db);
    domain::TrainingRecord stored = record;
    if (!stored.refresherDue.isValid() && stored.topicId) {
        // The topic's refresher interval plans the next course when none was typed.
        auto person = storage::PersonRepository(m_db).get(stored.personId);
        if (!person) return person.error();
        auto topicList = repository.topics(person->botilbudId);
        if (!topicList) return topicList.error();
        stored.refresherDue = RefresherPlan::dueAfter(stored, *topicList);
    }
    if (stored.id.isValid()) {
        if (auto updated = repository.updateTraining(stored); !updated) return updated.error();
        return stored.id;
    }
    return repository.addTraining(stored);
}

Status CompetenceService::removeTraining(domain::TrainingRecordId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditCompetence); !allowed) return allowed;
    return storage::CompetenceRepository(m_db).removeTraining(id);
}

} // namespace medsafe::services
