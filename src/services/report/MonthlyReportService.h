#pragma once

#include "domain/MonthlyReport.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The team's monthly reports to PS! (the narrative, the status, PS!'s feedback): one per
// botilbud and month. What the report shows besides the team's words is collected by
// ReportContentCollector. Borrows the database; its thread.
class MonthlyReportService {
public:
    explicit MonthlyReportService(storage::Database& db) : m_db(db) {}

    // Newest month first.
    Result<QList<domain::MonthlyReport>> reports(domain::BotilbudId botilbud) const;
    Result<std::optional<domain::MonthlyReport>> forMonth(domain::BotilbudId botilbud, const QDate& month) const;
    static domain::ValidationIssues check(const domain::MonthlyReport& report);
    // Adds a report without an id or replaces the stored one; returns its id.
    Result<domain::MonthlyReportId> save(const domain::MonthlyReport& report) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
