#pragma once

#include "services/report/MonthlyReportContent.h"
#include "services/report/PharmacyProgrammeSummary.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::report {

// The section on the pharmacy's work (issue 15) as report HTML, for the monthly report and the
// final evaluation alike: the agreement, the quality-assurance visits with the share of
// checklist points complied with (per area for the latest visit, per visit over the
// programme), the open findings and the questions to the pharmacy by category. A botilbud with
// no pharmacy data at all gets one line saying so. Stateless; any thread (text only).
class PharmacyReportSection {
    Q_DECLARE_TR_FUNCTIONS(PharmacyReportSection)

public:
    // Empty when the content has no section (read from a package of format version 2).
    static QString monthlyHtml(const services::MonthlyReportContent& content);
    static QString programmeHtml(const services::PharmacyProgrammeSummary& summary);

    // "82 %" (whole percent of the points that applied); a dash when none applied.
    static QString share(const services::ComplianceCount& count);

private:
    static QString agreementHtml(const std::optional<services::ReportAgreement>& agreement,
                                 const QString& none);
    static QString latestVisitHtml(const services::PharmacySummary& summary);
    static QString findingsHtml(const services::PharmacySummary& summary, const QDate& monthEnd);
    static QString questionsHtml(const services::PharmacySummary& summary);
    static QString visitsHtml(const services::PharmacyProgrammeSummary& summary);
};

} // namespace medsafe::report
