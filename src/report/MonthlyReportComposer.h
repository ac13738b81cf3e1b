#pragma once

#include "report/ReportDocument.h"
#include "services/report/MonthlyReportContent.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::report {

// Lays a monthly report (månedsrapport) out as report blocks, in the order a PS! consultant
// reads it: who, which month, where in the programme and how the team rates itself; the
// measures at a glance; the team's own words; every measure's chart with its reading; the
// PDSA cycles started and finished; the month's incidents counted by stage and consequence;
// the pharmacy's work (PharmacyReportSection); start-up status and events; PS!'s feedback.
// Expects content prepared by ReportAnonymiser when the report leaves the botilbud. GUI thread.
class MonthlyReportComposer {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportComposer)

public:
    static constexpr qreal kChartHeight = 270;

    static ReportDocument compose(const services::MonthlyReportContent& content);
    // compose() + writePdf(); false with a technical `error` when the file cannot be written.
    static bool writePdf(const services::MonthlyReportContent& content, const QString& path, QString* error = nullptr);
    // "Månedsrapport_<botilbud>_2025-03.pdf", safe on every file system.
    static QString suggestedFileName(const services::MonthlyReportContent& content);

private:
    static QString titleHtml(const services::MonthlyReportContent& content);
    static QString overviewHtml(const services::MonthlyReportContent& content);
    static QString narrativeHtml(const services::MonthlyReportContent& content);
    static QString pdsaHtml(const services::MonthlyReportContent& content);
    static QString incidentsHtml(const services::MonthlyReportContent& content);
    static QString programmeHtml(const services::MonthlyReportContent& content);
    static QString feedbackHtml(const services::MonthlyReportContent& content);
};

} // namespace medsafe::report
