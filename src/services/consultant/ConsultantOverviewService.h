#pragma once

#include "domain/Botilbud.h"
#include "domain/MonthlyReport.h"
#include "domain/Result.h"
#include "services/consultant/ConsultantGrid.h"
#include "services/measures/DashboardService.h"
#include "services/report/MonthlyReportContent.h"

#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Assembles what the PS! consultant reads across botilbud, from one database: botilbud of
// this database (origin Local, e.g. the demo or the tovholder's own) through their own data,
// botilbud from imported data packages (origin Package) through the latest received package.
// Feedback is kept on this database's monthly_report row, whichever the origin. QtCore only;
// runs on the thread that opened the database; holds no state beyond the borrowed database.
class ConsultantOverviewService {
public:
    static constexpr int kGridMonths = 12;

    explicit ConsultantOverviewService(storage::Database& db);

    // The last kGridMonths months up to the newest month with any report (or this month
    // when there is none), every botilbud a row, sorted by name.
    Result<ConsultantGrid> grid(const QDate& today = {}) const;
    // The month a botilbud's report is made for when none is named: the latest month with
    // measurements for a local botilbud, the latest received package for one known from packages.
    Result<QDate> defaultMonth(const domain::Botilbud& botilbud) const;
    // The report of a cell as PS! receives it (anonymised), with this database's feedback.
    Result<MonthlyReportContent> content(const domain::Botilbud& botilbud, const QDate& month) const;
    // The stored report of the cell with `feedback` written today (status feedback received),
    // not yet saved: the caller validates it (MonthlyReportValidator) and shows the messages.
    Result<domain::MonthlyReport> withFeedback(const domain::Botilbud& botilbud, const QDate& month,
                                               const QString& feedback, const QDate& today = {}) const;
    // Adds or updates the report; returns it with its id.
    Result<domain::MonthlyReport> store(domain::MonthlyReport report) const;

    // Every measure's chart of a botilbud as it stands now (local) or in its latest package.
    Result<QList<MeasureChart>> latestCharts(const domain::Botilbud& botilbud) const;

private:
    Result<std::optional<MonthlyReportContent>> packageContent(domain::BotilbudId botilbud, const QDate& month) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
