#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "services/report/MonthlyReportContent.h"

#include <QDate>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Gathers a monthly report's content from the botilbud's own database: every active measure's
// chart as it stood at the end of the month (later values are left out, so a report for March
// reads the same in June), the PDSA cycles as far as they had come by then, the month's
// incidents counted by stage and consequence, the programme phase, the start-up checklist,
// the month's events and the tovholder's narrative (a fresh draft when none is written yet).
// Counts are exact; ReportAnonymiser prepares the content for leaving the botilbud.
// Borrows the database; runs on the thread that opened it.
class ReportContentCollector {
public:
    explicit ReportContentCollector(storage::Database& db);

    Result<MonthlyReportContent> collect(domain::BotilbudId botilbud, const QDate& month) const;
    // collect() prepared for leaving the botilbud (ReportAnonymiser with the botilbud's staff):
    // what the PDF for PS! and the data package are made from.
    Result<MonthlyReportContent> collectForSharing(domain::BotilbudId botilbud, const QDate& month) const;

    // The month a report is made for when none is named: the latest month with a typed
    // measurement, or, without any, the last complete month before `today`.
    Result<QDate> defaultMonth(domain::BotilbudId botilbud, const QDate& today = {}) const;

    // The cycle as it stood at `monthEnd`: one that ended later is shown as still running,
    // without the results it had not yet reached.
    static domain::PdsaCycle asOf(domain::PdsaCycle cycle, const QDate& monthEnd);
    // Counts of the incidents of one month (all of `incidents` are assumed to be in it).
    static ReportIncidentSummary countIncidents(const QList<domain::Incident>& incidents);
    // The chart as it stood on `lastDay`: points after it are left out and the chart is
    // analysed again; a chart with nothing later is returned as it is.
    static MeasureChart until(MeasureChart chart, const QDate& lastDay);

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
