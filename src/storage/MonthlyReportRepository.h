#pragma once

#include "domain/MonthlyReport.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes monthly reports; one report per botilbud and month.
class MonthlyReportRepository {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportRepository)

public:
    explicit MonthlyReportRepository(Database& db);

    Result<domain::MonthlyReportId> add(const domain::MonthlyReport& report);
    Status update(const domain::MonthlyReport& report);
    Status remove(domain::MonthlyReportId id);
    Result<domain::MonthlyReport> get(domain::MonthlyReportId id) const;
    // Newest month first.
    Result<QList<domain::MonthlyReport>> forBotilbud(domain::BotilbudId botilbud) const;
    Result<std::optional<domain::MonthlyReport>> forMonth(domain::BotilbudId botilbud,
                                                          const QDate& month) const;

private:
    Result<QList<domain::MonthlyReport>> select(const QString& where, qint64 key, const QDate& month) const;

    Database& m_db;
};

} // namespace medsafe::storage
