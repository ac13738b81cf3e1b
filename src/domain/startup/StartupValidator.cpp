#include "domain/startup/StartupValidator.h"

#include "domain/pharmacy/ResidentTextGuard.h"

#include <QSet>

namespace medsafe::domain {

namespace {

void guardText(ValidationIssues& issues, const QString& field, const QString& text) {
    if (const QString problem = ResidentTextGuard::problemIn(text); !problem.isEmpty())
        issues.append({field, problem});
}

} // namespace

ValidationIssues StartupValidator::validate(const WorkflowAnalysis& a, const QDate& today) {
    ValidationIssues issues;
    if (!a.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the analysis is for.")});
    if (!a.analysedOn.isValid())
        issues.append({QStringLiteral("analysedOn"), tr("Choose the day the analysis was made.")});
    else if (a.analysedOn > today)
        issues.append({QStringLiteral("analysedOn"), tr("The analysis cannot be dated in the future.")});
    guardText(issues, QStringLiteral("participants"), a.participants);
    guardText(issues, QStringLiteral("note"), a.note);
    QSet<int> stages;
    for (const WorkflowStep& step : a.steps) {
        if (stages.contains(static_cast<int>(step.stage))) {
            issues.append({QStringLiteral("steps"), tr("A step of the process is in the analysis twice.")});
            break;
        }
        stages.insert(static_cast<int>(step.stage));
        issues << validate(step);
    }
    return issues;
}

ValidationIssues StartupValidator::validate(const WorkflowStep& step) {
    ValidationIssues issues;
    if (step.riskLevel != RiskLevel::NotAssessed && step.risks.trimmed().isEmpty())
        issues.append(
            {QStringLiteral("risks"),
             tr("Describe the known risks of the step, or set the risk level to \"not assessed\".")});
    guardText(issues, QStringLiteral("performedBy"), step.performedBy);
    guardText(issues, QStringLiteral("how"), step.how);
    guardText(issues, QStringLiteral("risks"), step.risks);
    return issues;
}

ValidationIssues StartupValidator::validate(const WorkflowFinding& f) {
    ValidationIssues issues;
    if (!f.stepId.isValid())
        issues.append({QStringLiteral("stepId"), tr("A finding belongs to a step of the analysis.")});
    if (f.finding.trimmed().isEmpty())
        issues.append({QStringLiteral("finding"), tr("Write what was found.")});
    guardText(issues, QStringLiteral("finding"), f.finding);
    return issues;
}

ValidationIssues StartupValidator::validate(const Guideline& g, const QDate& today) {
    ValidationIssues issues;
    if (!g.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the guideline belongs to.")});
    if (g.title.trimmed().isEmpty())
        issues.append({QStringLiteral("title"), tr("Write the guideline's title.")});
    if (g.issuedOn.isValid() && g.issuedOn > today)
        issues.append({QStringLiteral("issuedOn"), tr("The guideline cannot be dated in the future.")});
    if (g.reviewedOn.isValid()) {
        if (g.reviewedOn > today)
            issues.append({QStringLiteral("reviewedOn"), tr("The review cannot be dated in the future.")});
        else if (g.issuedOn.isValid() && g.reviewedOn < g.issuedOn)
            issues.append(
                {QStringLiteral("reviewedOn"), tr("The review cannot be before the guideline was dated.")});
    } else if (!g.finding.trimmed().isEmpty()) {
        issues.append({QStringLiteral("reviewedOn"), tr("Choose the day of the review the note is about.")});
    }
    if (g.nextReviewOn.isValid() && g.issuedOn.isValid() && g.nextReviewOn < g.issuedOn)
        issues.append({QStringLiteral("nextReviewOn"),
                       tr("The next review cannot be before the guideline was dated.")});
    if (g.nextReviewOn.isValid() && g.reviewedOn.isValid() && g.nextReviewOn < g.reviewedOn)
        issues.append({QStringLiteral("nextReviewOn"), tr("The next review cannot be before the last one.")});
    if (g.status != GuidelineStatus::Retired && !g.nextReviewOn.isValid())
        issues.append(
            {QStringLiteral("nextReviewOn"),
             tr("Choose when the guideline is to be reviewed next (a retired one needs no date).")});
    guardText(issues, QStringLiteral("title"), g.title);
    guardText(issues, QStringLiteral("version"), g.version);
    guardText(issues, QStringLiteral("finding"), g.finding);
    return issues;
}

ValidationIssues StartupValidator::validate(const Delegation& d) {
    ValidationIssues issues;
    if (!d.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the delegation belongs to.")});
    if (!d.personId.isValid())
        issues.append({QStringLiteral("personId"), tr("Choose the staff member who holds the right.")});
    if (d.delegatedRight.trimmed().isEmpty())
        issues.append({QStringLiteral("delegatedRight"), tr("Write which right is delegated.")});
    if (d.doctor.trimmed().isEmpty())
        issues.append({QStringLiteral("doctor"), tr("Write which doctor delegated the right.")});
    if (!d.validFrom.isValid())
        issues.append({QStringLiteral("validFrom"), tr("Choose the day the delegation starts.")});
    else if (d.validTo.isValid() && d.validTo < d.validFrom)
        issues.append({QStringLiteral("validTo"), tr("The delegation cannot end before it starts.")});
    guardText(issues, QStringLiteral("delegatedRight"), d.delegatedRight);
    guardText(issues, QStringLiteral("note"), d.note);
    return issues;
}

} // namespace medsafe::domain
