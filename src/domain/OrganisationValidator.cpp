#include "domain/OrganisationValidator.h"

#include "domain/CprDetector.h"

#include <QRegularExpression>

namespace medsafe::domain {

ValidationIssues OrganisationValidator::validate(const Botilbud& botilbud) {
    ValidationIssues issues;
    if (botilbud.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Type the name of the botilbud.")});
    if (botilbud.residentCount < 0)
        issues.append({QStringLiteral("residentCount"), tr("The number of residents cannot be negative.")});
    if (!botilbud.createdDate.isValid())
        issues.append({QStringLiteral("createdDate"), tr("Choose the date the botilbud was created.")});
    CprDetector::check(issues, QStringLiteral("name"), botilbud.name);
    return issues;
}

ValidationIssues OrganisationValidator::validate(const Person& person) {
    ValidationIssues issues;
    if (!person.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the person belongs to.")});
    if (person.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Type the person's name.")});
    static const QRegularExpression kEmail(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!person.email.isEmpty() && !kEmail.match(person.email).hasMatch())
        issues.append(
            {QStringLiteral("email"), tr("Type an e-mail address like name@example.dk, or leave it empty.")});
    if (person.startDate.isValid() && person.endDate.isValid() && person.endDate < person.startDate)
        issues.append({QStringLiteral("endDate"), tr("The end date cannot come before the start date.")});
    CprDetector::check(issues, QStringLiteral("name"), person.name);
    return issues;
}

} // namespace medsafe::domain
