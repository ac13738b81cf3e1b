#pragma once

#include "domain/ReceivedPackage.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes the monthly-report packages a consultant imported (table received_package),
// one per botilbud and month. Lives on the thread of its Database.
class ReceivedPackageRepository {
public:
    explicit ReceivedPackageRepository(Database& db);

    // Stores the package, replacing the one already kept for that botilbud and month.
    Result<domain::ReceivedPackageId> put(const domain::ReceivedPackage& package);
    Result<std::optional<domain::ReceivedPackage>> forMonth(domain::BotilbudId botilbud,
                                                            const QDate& month) const;
    // The months received from one botilbud, oldest first.
    Result<QList<QDate>> monthsOf(domain::BotilbudId botilbud) const;
    // Every botilbud's received months (no payloads), by botilbud then month: the overview.
    Result<QList<domain::ReceivedPackageMonth>> allMonths() const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
