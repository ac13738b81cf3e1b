#include "domain/CompetenceValidator.h"

#include "domain/CprDetector.h"

namespace medsafe::domain {

ValidationIssues CompetenceValidator::validate(const CompetenceTopic& topic) {
    ValidationIssues issues;
    if (!topic.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the topic belongs to.")});
    if (topic.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Type the name of the topic.")});
    if (topic.refresherMonths && (*topic.refresherMonths < 1 || *topic.refresherMonths > 120))
        issues.append({QStringLiteral("refresherMonths"),
                       tr("A refresher interval is between 1 and 120 months.")});
    return issues;
}

ValidationIssues CompetenceValidator::validate(const SurveyRound& round) {
    ValidationIssues issues;
    if (!round.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the survey belongs to.")});
    if (round.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Give the survey round a name, for example \"Start\".")});
    if (!round.date.isValid())
        issues.append({QStringLiteral("date"), tr("Choose the date of the survey round.")});
    return issues;
}

ValidationIssues CompetenceValidator::validate(const CompetenceAnswer& answer) {
    ValidationIssues issues;
    if (!answer.roundId.isValid() || !answer.personId.isValid() || !answer.topicId.isValid())
        issues.append(
            {QStringLiteral("roundId"), tr("An answer needs a survey round, a person and a topic.")});
    if (answer.level < CompetenceAnswer::kMinLevel || answer.level > CompetenceAnswer::kMaxLevel)
        issues.append({QStringLiteral("level"), tr("Choose a level from 1 to 4.")});
    return issues;
}

ValidationIssues CompetenceValidator::validate(const TrainingRecord& record, const QDate& today) {
    ValidationIssues issues;
    if (!record.personId.isValid())
        issues.append({QStringLiteral("personId"), tr("Choose the person who took the course.")});
    if (record.course.trimmed().isEmpty())
        issues.append({QStringLiteral("course"), tr("Type the name of the course.")});
    if (!record.completedDate.isValid())
        issues.append({QStringLiteral("completedDate"), tr("Choose the date the course was completed.")});
    else if (record.completedDate > today)
        issues.append({QStringLiteral("completedDate"), tr("The completion date cannot be in the future.")});
    if (record.refresherDue.isValid() && record.completedDate.isValid() &&
        record.refresherDue <= record.completedDate)
        issues.append({QStringLiteral("refresherDue"),
                       tr("The refresher must be due after the course was completed.")});
    CprDetector::check(issues, QStringLiteral("note"), record.note);
    return issues;
}

} // namespace medsafe::domain
