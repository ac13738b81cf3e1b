#include "domain/pharmacy/PharmacyValidator.h"

#include "domain/pharmacy/ResidentTextGuard.h"

#include <QSet>

namespace medsafe::domain {

namespace {

void guardText(ValidationIssues& issues, const QString& field, const QString& text) {
    if (const QString problem = ResidentTextGuard::problemIn(text); !problem.isEmpty())
        issues.append({field, problem});
}

} // namespace

ValidationIssues PharmacyValidator::validate(const PharmacyAgreement& a) {
    ValidationIssues issues;
    if (!a.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the agreement is for.")});
    if (a.pharmacyName.trimmed().isEmpty())
        issues.append({QStringLiteral("pharmacyName"), tr("Write the name of the pharmacy.")});
    if (!a.startsOn.isValid())
        issues.append({QStringLiteral("startsOn"), tr("Choose the day the agreement starts.")});
    if (a.startsOn.isValid() && a.endsOn.isValid() && a.endsOn < a.startsOn)
        issues.append({QStringLiteral("endsOn"), tr("The agreement cannot end before it starts.")});
    if (!a.teaching && !a.qualityAssurance)
        issues.append({QStringLiteral("teaching"),
                       tr("Tick what the pharmacy does: teaching, quality assurance or both.")});
    if (a.visitsPerYear < 0 || a.visitsPerYear > kMaxVisitsPerYear)
        issues.append({QStringLiteral("visitsPerYear"),
                       tr("Visits per year must be between 0 and %1.").arg(kMaxVisitsPerYear)});
    if (a.teachingPerYear < 0 || a.teachingPerYear > kMaxVisitsPerYear)
        issues.append({QStringLiteral("teachingPerYear"),
                       tr("Teaching sessions per year must be between 0 and %1.").arg(kMaxVisitsPerYear)});
    if (a.qualityAssurance && a.visitsPerYear == 0)
        issues.append({QStringLiteral("visitsPerYear"),
                       tr("Quality assurance is agreed: write how many visits a year.")});
    guardText(issues, QStringLiteral("note"), a.note);
    return issues;
}

ValidationIssues PharmacyValidator::validate(const QaChecklist& checklist) {
    ValidationIssues issues;
    if (!checklist.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the checklist is for.")});
    if (checklist.items.isEmpty())
        issues.append({QStringLiteral("items"), tr("A checklist needs at least one item.")});
    QSet<QString> seen;
    for (const QaChecklistItem& item : checklist.items) {
        const QString text = item.text.trimmed();
        if (text.isEmpty()) {
            issues.append({QStringLiteral("items"), tr("Every checklist item needs a text.")});
            break;
        }
        const QString key = toCode(item.area) + QLatin1Char('/') + text.toCaseFolded();
        if (seen.contains(key)) {
            issues.append(
                {QStringLiteral("items"), tr("The item \"%1\" is in the same area twice.").arg(text)});
            break;
        }
        seen.insert(key);
    }
    return issues;
}

ValidationIssues PharmacyValidator::validate(const QaVisit& visit, const QaChecklist& checklist,
                                             const QDate& today) {
    ValidationIssues issues;
    if (!visit.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud that was visited.")});
    if (!visit.visitDate.isValid())
        issues.append({QStringLiteral("visitDate"), tr("Choose the day of the visit.")});
    else if (visit.visitDate > today)
        issues.append({QStringLiteral("visitDate"), tr("The visit cannot be in the future.")});
    if (visit.auditor.trimmed().isEmpty())
        issues.append({QStringLiteral("auditor"), tr("Write who from the pharmacy did the audit.")});
    if (checklist.id != visit.checklistId || checklist.botilbudId != visit.botilbudId)
        issues.append(
            {QStringLiteral("checklistId"), tr("The visit must use one of the botilbud's checklists.")});
    QSet<qint64> answered;
    for (const QaAnswer& answer : visit.answers) {
        if (!checklist.item(answer.itemId)) {
            issues.append(
                {QStringLiteral("answers"), tr("An answer names an item that is not on the checklist.")});
            break;
        }
        if (answered.contains(answer.itemId.value)) {
            issues.append({QStringLiteral("answers"), tr("An item is answered twice.")});
            break;
        }
        answered.insert(answer.itemId.value);
        guardText(issues, QStringLiteral("answers"), answer.note);
    }
    guardText(issues, QStringLiteral("summary"), visit.summary);
    return issues;
}

ValidationIssues PharmacyValidator::validate(const QaFinding& f, const QDate& visitDate, const QDate& today) {
    ValidationIssues issues;
    if (!f.visitId.isValid() || !f.itemId.isValid())
        issues.append({QStringLiteral("visitId"), tr("A finding belongs to an item of a visit.")});
    if (f.dueDate.isValid() && visitDate.isValid() && f.dueDate < visitDate)
        issues.append({QStringLiteral("dueDate"), tr("The deadline cannot be before the visit.")});
    if (f.status == FindingStatus::Closed) {
        if (!f.closedOn.isValid())
            issues.append({QStringLiteral("closedOn"), tr("Choose the day the action was completed.")});
        else if (f.closedOn > today)
            issues.append({QStringLiteral("closedOn"), tr("The action cannot be completed in the future.")});
        else if (visitDate.isValid() && f.closedOn < visitDate)
            issues.append(
                {QStringLiteral("closedOn"), tr("The action cannot be completed before the visit.")});
        if (f.action.trimmed().isEmpty())
            issues.append({QStringLiteral("action"), tr("Describe the action before closing the finding.")});
    }
    if (f.status != FindingStatus::Open && !f.responsible)
        issues.append({QStringLiteral("responsible"), tr("Choose who is responsible for the action.")});
    guardText(issues, QStringLiteral("action"), f.action);
    return issues;
}

ValidationIssues PharmacyValidator::validate(const PharmacyQuestion& q, const QDate& today) {
    ValidationIssues issues;
    if (!q.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud that asked.")});
    if (!q.askedOn.isValid())
        issues.append({QStringLiteral("askedOn"), tr("Choose the day the question was asked.")});
    else if (q.askedOn > today)
        issues.append({QStringLiteral("askedOn"), tr("The question cannot be asked in the future.")});
    if (q.question.trimmed().isEmpty())
        issues.append({QStringLiteral("question"), tr("Write the question.")});
    if (q.answeredOn.isValid()) {
        if (q.answer.trimmed().isEmpty())
            issues.append(
                {QStringLiteral("answer"), tr("Write the pharmacy's answer, or clear the answer date.")});
        if (q.askedOn.isValid() && q.answeredOn < q.askedOn)
            issues.append({QStringLiteral("answeredOn"), tr("The answer cannot come before the question.")});
        if (q.answeredOn > today)
            issues.append({QStringLiteral("answeredOn"), tr("The answer cannot be dated in the future.")});
    } else if (!q.answer.trimmed().isEmpty()) {
        issues.append({QStringLiteral("answeredOn"), tr("Choose the day the pharmacy answered.")});
    }
    if (q.goodToKnow && q.answer.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("goodToKnow"), tr("Only an answered question can be marked good to know.")});
    guardText(issues, QStringLiteral("question"), q.question);
    guardText(issues, QStringLiteral("answer"), q.answer);
    return issues;
}

} // namespace medsafe::domain
