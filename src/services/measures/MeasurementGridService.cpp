#include "services/measures/MeasurementGridService.h"

#include "logging/Logging.h"
#include "services/access/AccessPolicy.h"
#include "services/measures/MeasureSeriesService.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace medsafe::services {

namespace {

QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

// A derived measure's monthly value as the grid shows it: the count, or the rate rounded to
// one decimal (the chart keeps the unrounded value).
QHash<QDate, double> monthlyValues(const MeasureSeries& series) {
    QHash<QDate, double> values;
    for (const MeasurePoint& point : series.points) {
        if (!point.numerator) continue;
        double value = *point.numerator;
        if (series.hasDenominator()) {
            if (!point.denominator || *point.denominator <= 0) continue;
            value = value / *point.denominator * series.multiply;
            value = std::round(value * 10.0) / 10.0;
        }
        values.insert(point.date, value);
    }
    return values;
}

} // namespace

QList<QDate> MeasurementGridService::monthsFor(const QDate& programmeStart, const QDate& firstValue,
                                               const QDate& today, const QDate& programmeEnd,
                                               const QDate& lastValue) {
    QDate last = monthOf(today);
    // After the programme the grid stops at its end (no empty months to wonder about), unless
    // values were typed later (measuring on to sustain the gains).
    if (programmeEnd.isValid() && monthOf(programmeEnd) < last) {
        last = monthOf(programmeEnd);
        if (lastValue.isValid() && monthOf(lastValue) > last)
            last = std::min(monthOf(lastValue), monthOf(today));
    }
    QDate first = last.addMonths(-11);
    if (programmeStart.isValid()) first = monthOf(programmeStart);
    if (firstValue.isValid() && monthOf(firstValue) < first) first = monthOf(firstValue);
    QList<QDate> months;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        months << m;
    return months;
}

Result<domain::MeasurementSheet> MeasurementGridService::load(domain::BotilbudId botilbud,
                                                              const QDate& today) const {
    domain::MeasurementSheet sheet;
    sheet.today = today;
    if (!botilbud.isValid()) return sheet;
    storage::MeasureRepository measures(m_db);
    auto all = measures.forBotilbud(botilbud, true);
    if (!all) return all.error();
    sheet.measures = all.value();

    MeasureSeriesService seriesService(m_db);
    auto context = seriesService.context(botilbud, today);
    if (!context) return context.error();

    QDate firstValue;
    QDate lastValue;
    for (const domain::Measure& measure : sheet.measures) {
        if (measure.derivedFromIncidents) {
            // Monthly derived measures (counts, rates) show their computed value per month;
            // days between events have no monthly value and are only marked as computed.
            if (measure.kind == domain::MeasureKind::DaysBetween) continue;
            auto series = seriesService.series(measure, context.value());
            if (!series) {
                logging::get("services")
                    ->warn("derived series of measure {} failed: {}", measure.id.value,
                           series.error().message.toStdString());
                continue;
            }
            sheet.computed.insert(measure.id.value, monthlyValues(series.value()));
            continue;
        }
        auto series = measures.series(measure.id);
        if (!series) return series.error();
        if (!series->isEmpty() && (!firstValue.isValid() || series->first().period < firstValue))
            firstValue = series->first().period;
        if (!series->isEmpty() && (!lastValue.isValid() || series->last().period > lastValue))
            lastValue = series->last().period;
        sheet.values.insert(measure.id.value, series.value());
    }
    const QDate start = context->programme ? context->programme->startDate : QDate();
    const QDate end = context->programme ? context->programme->endDate() : QDate();
    sheet.months = monthsFor(start, firstValue, today, end, lastValue);
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    sheet.cycles = cycles.value();
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    sheet.changeIdeas = ideas.value();
    return sheet;
}

Status MeasurementGridService::save(const domain::MeasurementChanges& changes) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EnterMeasurements); !allowed) return allowed;
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

Result<QList<MeasurementConflict>>
MeasurementGridService::conflicts(const domain::MeasurementChanges& changes) const {
    storage::MeasureRepository measures(m_db);
    QHash<qint64, QList<domain::Measurement>> stored; // per measure, read once
    const auto storedFor = [&](domain::MeasureId measure) -> Result<QList<domain::Measurement>> {
        if (!stored.contains(measure.value)) {
            auto series = measures.series(measure);
            if (!series) return series.error();
            stored.insert(measure.value, series.value());
        }
        return stored.value(measure.value);
    };
    QList<MeasurementConflict> found;
    for (const QList<domain::Measurement>* list : {&changes.updated, &changes.added}) {
        for (const domain::Measurement& mine : *list) {
            auto series = storedFor(mine.measureId);
            if (!series) return series.error();
            std::optional<domain::Measurement> now;
            for (const domain::Measurement& value : series.value())
                if (value.period == mine.period) now = value;
            const bool same = now ? now->id == mine.id && now->rowVersion.value == mine.rowVersion.value
                                  : !mine.id.isValid();
            if (!same) found.append({mine, now});
        }
    }
    return found;
}

domain::MeasurementChanges MeasurementGridService::rebased(domain::MeasurementChanges changes,
                                                           const QList<MeasurementConflict>& conflicts) {
    const auto sameMonth = [](const domain::Measurement& a, const domain::Measurement& b) {
        return a.measureId == b.measureId && a.period == b.period;
    };
    for (const MeasurementConflict& conflict : conflicts) {
        changes.updated.removeIf([&](const domain::Measurement& v) { return sameMonth(v, conflict.mine); });
        changes.added.removeIf([&](const domain::Measurement& v) { return sameMonth(v, conflict.mine); });
        domain::Measurement value = conflict.mine;
        if (conflict.theirs) {
            value.id = conflict.theirs->id;
            value.rowVersion = conflict.theirs->rowVersion;
            changes.updated.append(value);
        } else {
            value.id = {};
            value.rowVersion = {};
            changes.added.append(value);
        }
    }
    return changes;
}

} // namespace medsafe::services
