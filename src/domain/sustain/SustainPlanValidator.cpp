#include "domain/sustain/SustainPlanValidator.h"

#include "domain/pharmacy/ResidentTextGuard.h"

namespace medsafe::domain {

namespace {

void guardText(ValidationIssues& issues, const QString& field, const QString& text) {
    if (const QString problem = ResidentTextGuard::problemIn(text); !problem.isEmpty())
        issues.append({field, problem});
}

} // namespace

ValidationIssues SustainPlanValidator::validate(const SustainPlanRow& row, const QDate& today) {
    ValidationIssues issues;
    if (!row.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the plan is for.")});
    if (!row.changeIdeaId.isValid())
        issues.append(
            {QStringLiteral("changeIdeaId"), tr("Choose the adopted change the check belongs to.")});
    const QString what = row.whatChecked.trimmed();
    if (what.isEmpty())
        issues.append({QStringLiteral("whatChecked"), tr("Write what is checked.")});
    else if (what.size() > kMaxTextLength)
        issues.append({QStringLiteral("whatChecked"),
                       tr("Say what is checked in at most %1 characters.").arg(kMaxTextLength)});
    if (!row.responsibleId || !row.responsibleId->isValid())
        issues.append({QStringLiteral("responsibleId"), tr("Choose who makes the check.")});
    if (row.lastCheckedOn.isValid() && row.lastCheckedOn > today)
        issues.append({QStringLiteral("lastCheckedOn"), tr("The last check cannot be in the future.")});
    if (row.note.size() > kMaxTextLength)
        issues.append(
            {QStringLiteral("note"), tr("Keep the note to at most %1 characters.").arg(kMaxTextLength)});
    guardText(issues, QStringLiteral("whatChecked"), row.whatChecked);
    guardText(issues, QStringLiteral("note"), row.note);
    return issues;
}

QString SustainPlanValidator::frequencyLabel(CheckFrequency frequency) {
    switch (frequency) {
    case CheckFrequency::Weekly:
        return tr("weekly");
    case CheckFrequency::Fortnightly:
        return tr("every 14 days");
    case CheckFrequency::Monthly:
        return tr("monthly");
    case CheckFrequency::Quarterly:
        return tr("quarterly");
    case CheckFrequency::HalfYearly:
        return tr("half-yearly");
    case CheckFrequency::Yearly:
        return tr("yearly");
    }
    return {};
}

} // namespace medsafe::domain
