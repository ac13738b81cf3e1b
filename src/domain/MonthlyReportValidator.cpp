#include "domain/MonthlyReportValidator.h"

#include "domain/CprDetector.h"

namespace medsafe::domain {

ValidationIssues MonthlyReportValidator::validate(const MonthlyReport& report) {
    ValidationIssues issues;
    if (!report.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the report belongs to.")});
    if (!report.month.isValid() || report.month.day() != 1)
        issues.append(
            {QStringLiteral("month"), tr("Choose the month of the report (the first day of the month).")});
    if (report.selfScore &&
        (*report.selfScore < MonthlyReport::kMinScore || *report.selfScore > MonthlyReport::kMaxScore))
        issues.append({QStringLiteral("selfScore"), tr("Choose a progress score from 1 to 5.")});
    if (report.status != ReportStatus::Draft && !report.sentDate.isValid())
        issues.append({QStringLiteral("sentDate"), tr("Choose the date the report was sent.")});
    if (report.status == ReportStatus::FeedbackReceived) {
        if (report.consultantFeedback.trimmed().isEmpty())
            issues.append({QStringLiteral("consultantFeedback"), tr("Type the consultant's feedback.")});
        if (!report.feedbackDate.isValid())
            issues.append({QStringLiteral("feedbackDate"), tr("Choose the date the feedback was received.")});
    }
    if (report.sentDate.isValid() && report.feedbackDate.isValid() && report.feedbackDate < report.sentDate)
        issues.append(
            {QStringLiteral("feedbackDate"), tr("Feedback cannot arrive before the report was sent.")});

    const std::pair<const char*, const QString*> texts[] = {
        {"wentWell", &report.wentWell},
        {"barriers", &report.barriers},
        {"supportNeeded", &report.supportNeeded},
        {"planNextMonth", &report.planNextMonth},
        {"consultantFeedback", &report.consultantFeedback},
    };
    for (const auto& [field, text] : texts)
        CprDetector::check(issues, QString::fromLatin1(field), *text);
    return issues;
}

} // namespace medsafe::domain
