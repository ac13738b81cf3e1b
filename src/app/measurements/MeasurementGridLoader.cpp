#include "app/measurements/MeasurementGridLoader.h"

#include "logging/Logging.h"
#include "services/measures/MeasureSeriesService.h"
#include "storage/MeasureRepository.h"
#include "storage/Transaction.h"

namespace medsafe::app {

namespace {
QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}
} // namespace

MeasurementGridLoader::MeasurementGridLoader(storage::Database& db) : m_db(db) {}

QList<QDate> MeasurementGridLoader::monthsFor(const QDate& programmeStart, const QDate& firstValue, const QDate& today) {
    const QDate last = monthOf(today);
    QDate first = last.addMonths(-11);
    if (programmeStart.isValid()) first = monthOf(programmeStart);
    if (firstValue.isValid() && monthOf(firstValue) < first) first = monthOf(firstValue);
    QList<QDate> months;
    for (QDate m = first; m <= last; m = m.addMonths(1)) months << m;
    return months;
}

Result<models::MeasurementGridSnapshot> MeasurementGridLoader::load(domain::BotilbudId botilbud,
                                                                    const QDate& today) const {
    models::MeasurementGridSnapshot snapshot;
    snapshot.today = today;
    if (!botilbud.isValid()) return snapshot;
    storage::MeasureRepository measures(m_db);
    auto all = measures.forBotilbud(botilbud, true);
    if (!all) return all.error();
    snapshot.measures = all.value();

    services::MeasureSeriesService seriesService(m_db);
    auto context = seriesService.context(botilbud, today);
    if (!context) return context.error();

    QDate firstValue;
    for (const domain::Measure& measure : snapshot.measures) {
        if (measure.derivedFromIncidents) {
            // Monthly derived measures (counts, rates) show their computed value per month;
            // days between events have no monthly value and are only marked as computed.
            if (measure.kind == domain::MeasureKind::DaysBetween) continue;
            auto series = seriesService.series(measure, context.value());
            if (!series) {
                logging::get("app")->warn("derived series of measure {} failed: {}", measure.id.value,
                                          series.error().message.toStdString());
                continue;
            }
            QHash<QDate, double> values;
            for (const services::MeasurePoint& point : series->points) {
                if (!point.numerator) continue;
                double value = *point.numerator;
                if (series->hasDenominator()) {
                    if (!point.denominator || *point.denominator <= 0) continue;
                    value = value / *point.denominator * series->multiply;
                    value = std::round(value * 10.0) / 10.0;
                }
                values.insert(point.date, value);
            }
            snapshot.computed.insert(measure.id.value, values);
            continue;
        }
        auto series = measures.series(measure.id);
        if (!series) return series.error();
        if (!series->isEmpty() && (!firstValue.isValid() || series->first().period < firstValue))
            firstValue = series->first().period;
        snapshot.values.insert(measure.id.value, series.value());
    }
    const QDate start = context->programme ? context->programme->startDate : QDate();
    snapshot.months = monthsFor(start, firstValue, today);
    return snapshot;
}

Status MeasurementGridLoader::save(const models::MeasurementChanges& changes) const {
    storage::MeasureRepository measures(m_db);
    storage::Transaction tx(m_db);
    // Removals first, so a cleared month can be typed again in the same save.
    for (const domain::MeasurementId id : changes.removed)
        if (auto removed = measures.removeMeasurement(id); !removed) return removed.error();
    for (const domain::Measurement& value : changes.updated)
        if (auto updated = measures.updateMeasurement(value); !updated) return updated.error();
    if (!changes.added.isEmpty())
        if (auto added = measures.addMeasurements(changes.added); !added) return added.error();
    return tx.commit();
}

} // namespace medsafe::app
