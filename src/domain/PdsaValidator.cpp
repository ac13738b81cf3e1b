#include "domain/PdsaValidator.h"

#include "domain/CprDetector.h"

namespace medsafe::domain {

ValidationIssues PdsaValidator::validate(const PdsaCycle& cycle) {
    ValidationIssues issues;
    if (!cycle.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the PDSA cycle belongs to.")});
    if (cycle.number < 1)
        issues.append({QStringLiteral("number"), tr("The cycle number must be 1 or more.")});
    if (cycle.title.trimmed().isEmpty())
        issues.append({QStringLiteral("title"), tr("Give the PDSA cycle a short title.")});
    if (cycle.startDate.isValid() && cycle.endDate.isValid() && cycle.endDate < cycle.startDate)
        issues.append({QStringLiteral("endDate"), tr("The end date cannot be before the start date.")});
    if (cycle.parentId && cycle.id.isValid() && *cycle.parentId == cycle.id)
        issues.append({QStringLiteral("parentId"), tr("A cycle cannot follow itself in a ramp.")});

    // The point of PDSA is to compare the result with a prediction made beforehand.
    const bool started = cycle.status == PdsaStatus::Doing || cycle.status == PdsaStatus::Studying ||
                         cycle.status == PdsaStatus::Completed;
    if (started && cycle.prediction.trimmed().isEmpty())
        issues.append({QStringLiteral("prediction"), tr("Write a prediction before the test starts (Do).")});
    if (cycle.status == PdsaStatus::Completed && !cycle.decision)
        issues.append({QStringLiteral("decision"),
                       tr("Choose a decision (adopt, adapt, abandon or expand) to complete the cycle.")});

    const std::pair<const char*, const QString*> texts[] = {
        {"title", &cycle.title},
        {"question", &cycle.question},
        {"prediction", &cycle.prediction},
        {"planWhat", &cycle.planWhat},
        {"planWho", &cycle.planWho},
        {"planWhere", &cycle.planWhere},
        {"planWhen", &cycle.planWhen},
        {"dataPlan", &cycle.dataPlan},
        {"doWhatHappened", &cycle.doWhatHappened},
        {"doProblems", &cycle.doProblems},
        {"doPlanChanges", &cycle.doPlanChanges},
        {"doObservations", &cycle.doObservations},
        {"studyResult", &cycle.studyResult},
        {"studyLearning", &cycle.studyLearning},
        {"nextStep", &cycle.nextStep},
    };
    for (const auto& [field, text] : texts)
        CprDetector::check(issues, QString::fromLatin1(field), *text);
    return issues;
}

} // namespace medsafe::domain
