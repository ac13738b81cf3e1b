#pragma once

#include "domain/Result.h"
#include "domain/sustain/SustainPlan.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the rows of the adopted changes' fastholdelsesplaner (table sustain_plan).
// Checks are the services' (SustainService validates before it writes); a stale update is a
// conflict through the row version.
class SustainPlanRepository {
public:
    explicit SustainPlanRepository(Database& db);

    Result<domain::SustainPlanId> add(const domain::SustainPlanRow& row);
    Status update(const domain::SustainPlanRow& row);
    Status remove(domain::SustainPlanId id);
    Result<domain::SustainPlanRow> get(domain::SustainPlanId id) const;
    // Every row of the botilbud, by change idea and then in the order they were made.
    Result<QList<domain::SustainPlanRow>> forBotilbud(domain::BotilbudId botilbud) const;

private:
    Result<QList<domain::SustainPlanRow>> select(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace medsafe::storage
