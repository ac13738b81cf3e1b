#pragma once

#include "domain/ChartSettings.h"
#include "domain/Measure.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The measures of a botilbud: their definitions (Forbedringsarbejde › Målinger), the chart
// each is drawn with and its chart settings (freeze, splits, excluded points with reasons).
// Borrows the database; its thread.
class MeasureService {
public:
    explicit MeasureService(storage::Database& db) : m_db(db) {}

    // Ordered by sort order.
    Result<QList<domain::Measure>> measures(domain::BotilbudId botilbud, bool activeOnly = false) const;
    static domain::ValidationIssues check(const domain::Measure& measure);
    // Replaces the stored definition (and chart settings) of the measure.
    Status update(const domain::Measure& measure) const;
    Status saveChartSettings(domain::MeasureId id, const domain::ChartSettings& settings) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
