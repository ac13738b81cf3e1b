#include "domain/ImprovementValidator.h"

#include "domain/CprDetector.h"

namespace medsafe::domain {

ValidationIssues ImprovementValidator::validate(const Aim& aim) {
    ValidationIssues issues;
    if (!aim.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the aim belongs to.")});
    if (aim.statement.trimmed().isEmpty())
        issues.append({QStringLiteral("statement"), tr("Write the aim: what, how much, by when.")});
    if (!aim.targetDate.isValid())
        issues.append(
            {QStringLiteral("targetDate"), tr("Choose the date by which the aim should be reached.")});
    CprDetector::check(issues, QStringLiteral("statement"), aim.statement);
    CprDetector::check(issues, QStringLiteral("whatToAccomplish"), aim.whatToAccomplish);
    CprDetector::check(issues, QStringLiteral("howWillWeKnow"), aim.howWillWeKnow);
    CprDetector::check(issues, QStringLiteral("whatChanges"), aim.whatChanges);
    return issues;
}

ValidationIssues ImprovementValidator::validate(const Driver& driver) {
    ValidationIssues issues;
    if (!driver.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the driver belongs to.")});
    if (driver.text.trimmed().isEmpty()) issues.append({QStringLiteral("text"), tr("Describe the driver.")});
    if (driver.level == DriverLevel::Secondary && !driver.parentId)
        issues.append(
            {QStringLiteral("parentId"), tr("Choose the primary driver this secondary driver belongs to.")});
    if (driver.level == DriverLevel::Primary && driver.parentId)
        issues.append({QStringLiteral("parentId"), tr("A primary driver cannot sit under another driver.")});
    if (driver.parentId && driver.id.isValid() && *driver.parentId == driver.id)
        issues.append({QStringLiteral("parentId"), tr("A driver cannot be its own parent.")});
    CprDetector::check(issues, QStringLiteral("text"), driver.text);
    return issues;
}

ValidationIssues ImprovementValidator::validate(const ChangeIdea& idea) {
    ValidationIssues issues;
    if (!idea.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the change idea belongs to.")});
    if (idea.title.trimmed().isEmpty())
        issues.append({QStringLiteral("title"), tr("Give the change idea a short title.")});
    CprDetector::check(issues, QStringLiteral("title"), idea.title);
    CprDetector::check(issues, QStringLiteral("description"), idea.description);
    return issues;
}

} // namespace medsafe::domain
