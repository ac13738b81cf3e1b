#include "domain/ProgrammeValidator.h"

#include "domain/CprDetector.h"

namespace medsafe::domain {

ValidationIssues ProgrammeValidator::validate(const Programme& programme) {
    ValidationIssues issues;
    if (!programme.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the programme belongs to.")});
    if (!programme.startDate.isValid())
        issues.append({QStringLiteral("startDate"), tr("Choose the start date of the programme.")});
    if (programme.phases.size() != 4) {
        issues.append({QStringLiteral("phases"), tr("The programme must have exactly four phases.")});
        return issues;
    }
    for (qsizetype i = 0; i < programme.phases.size(); ++i) {
        const auto& phase = programme.phases.at(i);
        if (static_cast<int>(phase.phase) != i + 1) {
            issues.append(
                {QStringLiteral("phases"), tr("The phases must be listed in the order 1, 2, 3, 4.")});
            break;
        }
        if (!phase.startDate.isValid() || !phase.endDate.isValid() || phase.endDate < phase.startDate) {
            issues.append(
                {QStringLiteral("phases"), tr("Each phase must end on or after the day it starts.")});
            break;
        }
        if (i > 0 && phase.startDate <= programme.phases.at(i - 1).endDate) {
            issues.append(
                {QStringLiteral("phases"), tr("A phase must start after the previous phase has ended.")});
            break;
        }
    }
    return issues;
}

ValidationIssues ProgrammeValidator::validate(const ProgrammeEvent& event) {
    ValidationIssues issues;
    if (!event.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the event belongs to.")});
    if (!event.date.isValid()) issues.append({QStringLiteral("date"), tr("Choose the date of the event.")});
    if (event.title.trimmed().isEmpty())
        issues.append({QStringLiteral("title"), tr("Type a title for the event.")});
    switch (event.kind) {
    case EventKind::LearningSession:
        if (!event.number || *event.number < 1 || *event.number > ProgrammeEvent::kLearningSessions)
            issues.append({QStringLiteral("number"), tr("A læringstræf is numbered from 1 to 7.")});
        break;
    case EventKind::PsVisit:
        if (!event.number || *event.number < 1 || *event.number > ProgrammeEvent::kPsVisits)
            issues.append({QStringLiteral("number"), tr("A PS! visit is numbered from 1 to 5.")});
        break;
    case EventKind::PharmacyTeaching:
    case EventKind::Other:
        if (event.number && *event.number < 1)
            issues.append({QStringLiteral("number"), tr("The number must be 1 or more.")});
        break;
    }
    CprDetector::check(issues, QStringLiteral("title"), event.title);
    CprDetector::check(issues, QStringLiteral("notes"), event.notes);
    return issues;
}

ValidationIssues ProgrammeValidator::validate(const ChecklistItem& item, const QDate& today) {
    ValidationIssues issues;
    if (!item.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the checklist belongs to.")});
    if (item.doneDate.isValid() && item.doneDate > today)
        issues.append({QStringLiteral("doneDate"), tr("The done date cannot be in the future.")});
    CprDetector::check(issues, QStringLiteral("note"), item.note);
    return issues;
}

} // namespace medsafe::domain
