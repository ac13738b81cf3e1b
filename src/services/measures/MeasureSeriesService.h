#pragma once

#include "domain/Botilbud.h"
#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "services/measures/MeasureSeries.h"
#include "storage/IncidentRepository.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// What a derived measure needs besides the incidents: the residents (for resident-days) and
// the programme (for the months the series covers), and the day the reading is made.
struct SeriesContext {
    domain::Botilbud botilbud;
    std::optional<domain::Programme> programme;
    QDate asOf;                         // "today"; months not yet complete are left out
    std::optional<QDate> firstIncident; // of all the botilbud's incidents
    std::optional<QDate> lastIncident;
    QList<QDate> incidentDates; // all of them, ascending (the unfiltered measures reuse them)

    // The months a derived monthly series covers: from the programme's start month (or the
    // first event's month without a programme) to the last complete month before `asOf`, at
    // most to the later of the programme's end and the last event. Invalid when nothing fits.
    struct MonthRange {
        QDate first; // first day of the first month
        QDate last;  // first day of the last month
        bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
        QDate endDay() const { return last.addMonths(1).addDays(-1); }
    };
    MonthRange monthRange() const;
};

// A measure's series from the database: typed measurements month by month (missing months
// kept as gaps), or, for measures derived from incidents, counts per month, the rate per
// resident-days, or the days between consecutive events. Exclusions from the measure's chart
// settings are marked on the points they match. Borrows the database; GUI or worker thread
// alike, as long as it is the thread that opened the database.
class MeasureSeriesService {
public:
    explicit MeasureSeriesService(storage::Database& db);

    // Reads the botilbud and its programme; asOf defaults to today.
    Result<SeriesContext> context(domain::BotilbudId botilbud, const QDate& asOf = {}) const;
    Result<MeasureSeries> series(const domain::Measure& measure, const SeriesContext& context) const;
    Result<MeasureSeries> series(domain::MeasureId id, const QDate& asOf = {}) const;
    // The same from rows already read: `eventDates` are the dates of the incidents matching the
    // measure's filter, ascending (derived measures only).
    static MeasureSeries build(const domain::Measure& measure, const SeriesContext& context,
                               const QList<domain::Measurement>& values, const QList<QDate>& eventDates);

    // The pure steps, for tests and for callers that already hold the rows.
    static MeasureSeries fromMeasurements(const domain::Measure& measure,
                                          const QList<domain::Measurement>& values);
    // Counts `dates` (ascending) per month of the range, zero months included.
    static QList<storage::MonthCount> countByMonth(const QList<QDate>& dates,
                                                   const SeriesContext::MonthRange& range);
    static MeasureSeries fromMonthCounts(const domain::Measure& measure,
                                         const QList<storage::MonthCount>& counts, int residentCount);
    // `dates` ascending; intervals are kept when they end on or after `from` (null: all).
    static MeasureSeries fromEventDates(const domain::Measure& measure, const QList<QDate>& dates,
                                        const QDate& from = {});
    // Marks the points matched by the measure's excluded periods (month for monthly series,
    // day for event series) with their reasons.
    static void markExclusions(MeasureSeries& series, const domain::ChartSettings& settings);

    // 100 for proportions (plotted as percent), the rate multiplier for rates, else 1.
    static double multiplierFor(const domain::Measure& measure);
    // The direction of the plotted values: days between medication errors are better when
    // longer, whatever way the errors themselves are counted.
    static domain::Direction plottedDirection(const domain::Measure& measure);

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
