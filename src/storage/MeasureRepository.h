#pragma once

#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes measures (with their chart settings: freeze, splits, exclusions) and
// their monthly measurements. series() is the hot path behind every chart.
class MeasureRepository {
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)

public:
    explicit MeasureRepository(Database& db);

    Result<domain::MeasureId> add(const domain::Measure& measure);
    Result<QList<domain::MeasureId>> addMany(const QList<domain::Measure>& measures);
    // Updates the definition and the chart settings.
    Status update(const domain::Measure& measure);
    Status saveChartSettings(domain::MeasureId id, const domain::ChartSettings& settings);
    // Removes the measure with all its measurements.
    Status remove(domain::MeasureId id);
    Result<domain::Measure> get(domain::MeasureId id) const;
    // Ordered by sort order.
    Result<QList<domain::Measure>> forBotilbud(domain::BotilbudId botilbud, bool activeOnly = false) const;

    // Validated against the measure's kind; a second value for the same month is refused.
    Result<domain::MeasurementId> addMeasurement(const domain::Measurement& measurement);
    // All or nothing, one transaction, one prepared statement.
    Result<QList<domain::MeasurementId>> addMeasurements(const QList<domain::Measurement>& measurements);
    Status updateMeasurement(const domain::Measurement& measurement);
    Status removeMeasurement(domain::MeasurementId id);
    // The measure's values ordered by period.
    Result<QList<domain::Measurement>> series(domain::MeasureId id) const;
    // The latest month with a typed value on any active measure of the botilbud, if any.
    Result<std::optional<QDate>> latestMeasurementPeriod(domain::BotilbudId botilbud) const;

private:
    Status writeChartSettings(domain::MeasureId id, const domain::ChartSettings& settings);
    Result<QList<domain::Measure>> select(const QString& where, qint64 key, bool activeOnly) const;
    Result<domain::MeasureKind> kindOf(domain::MeasureId id) const;
    Status checkMeasurement(const domain::Measurement& measurement, domain::MeasureKind kind) const;

    Database& m_db;
};

} // namespace medsafe::storage
