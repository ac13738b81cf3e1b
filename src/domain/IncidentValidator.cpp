#include "domain/IncidentValidator.h"

#include "domain/CprDetector.h"

#include <utility>

namespace medsafe::domain {

ValidationIssues IncidentValidator::validate(const Incident& incident, const QDate& today) {
    ValidationIssues issues;
    if (!incident.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud where the incident happened.")});
    if (!incident.occurredDate.isValid())
        issues.append({QStringLiteral("occurredDate"), tr("Choose the date the incident happened.")});
    else if (incident.occurredDate > today)
        issues.append({QStringLiteral("occurredDate"), tr("The incident date cannot be in the future.")});
    if (incident.reportedDate.isValid() && incident.occurredDate.isValid() &&
        incident.reportedDate < incident.occurredDate)
        issues.append(
            {QStringLiteral("reportedDate"), tr("The report date cannot be before the incident date.")});
    if (incident.reportedDate.isValid() && incident.reportedDate > today)
        issues.append({QStringLiteral("reportedDate"), tr("The report date cannot be in the future.")});
    if (incident.description.trimmed().isEmpty())
        issues.append({QStringLiteral("description"), tr("Describe what happened.")});
    if (incident.nccMerp && nccMerpReachesCitizen(*incident.nccMerp) != incident.reachedCitizen)
        issues.append({QStringLiteral("nccMerp"),
                       tr("NCC MERP A and B mean the error did not reach the citizen; C to I mean it did. "
                          "Make the category and \"reached the citizen\" agree.")});
    for (const auto& [field, text] : {std::pair{QStringLiteral("description"), &incident.description},
                                      std::pair{QStringLiteral("immediateAction"), &incident.immediateAction},
                                      std::pair{QStringLiteral("learning"), &incident.learning}}) {
        if (CprDetector::containsCpr(*text)) issues.append({field, cprMessage()});
    }
    return issues;
}

QString IncidentValidator::cprMessage() {
    return tr("The text looks like a CPR number (ddmmyy-xxxx). Never write CPR numbers in an incident.");
}

} // namespace medsafe::domain
