#include "services/measures/MeasureSeriesService.h"

#include "services/incidents/IncidentStatistics.h"
#include "storage/BotilbudRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QHash>
#include <algorithm>

namespace medsafe::services {

using domain::Measure;
using domain::MeasureKind;

namespace {
QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}
} // namespace

SeriesContext::MonthRange SeriesContext::monthRange() const {
    MonthRange range;
    if (programme && programme->startDate.isValid())
        range.first = monthOf(programme->startDate);
    else if (firstIncident)
        range.first = monthOf(*firstIncident);
    if (!range.first.isValid()) return range;

    // The later of the programme's end and the last incident, but never a month not yet over.
    QDate last;
    if (programme && programme->startDate.isValid()) last = monthOf(programme->endDate());
    if (lastIncident && (!last.isValid() || monthOf(*lastIncident) > last)) last = monthOf(*lastIncident);
    const QDate today = asOf.isValid() ? asOf : QDate::currentDate();
    const QDate lastComplete = monthOf(today).addMonths(-1);
    if (!last.isValid() || last > lastComplete) last = lastComplete;
    range.last = last;
    return range;
}

MeasureSeriesService::MeasureSeriesService(storage::Database& db) : m_db(db) {}

Result<SeriesContext> MeasureSeriesService::context(domain::BotilbudId botilbud, const QDate& asOf) const {
    SeriesContext context;
    context.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    auto home = storage::BotilbudRepository(m_db).get(botilbud);
    if (!home) return home.error();
    context.botilbud = std::move(home.value());
    auto programme = storage::ProgrammeRepository(m_db).programme(botilbud);
    if (!programme) return programme.error();
    context.programme = programme.value();
    // Only the first and last date are needed; one indexed query over the botilbud's incidents.
    auto dates = storage::IncidentRepository(m_db).eventDates(botilbud, domain::IncidentFilter{});
    if (!dates) return dates.error();
    if (!dates->isEmpty()) {
        context.firstIncident = dates->first();
        context.lastIncident = dates->last();
    }
    context.incidentDates = std::move(dates.value());
    return context;
}

Result<MeasureSeries> MeasureSeriesService::series(const Measure& measure,
                                                   const SeriesContext& context) const {
    if (!measure.derivedFromIncidents) {
        auto values = storage::MeasureRepository(m_db).series(measure.id);
        if (!values) return values.error();
        return build(measure, context, values.value(), {});
    }
    if (measure.incidentFilter.isEmpty()) return build(measure, context, {}, context.incidentDates);
    auto dates = storage::IncidentRepository(m_db).eventDates(measure.botilbudId, measure.incidentFilter);
    if (!dates) return dates.error();
    return build(measure, context, {}, dates.value());
}

Result<MeasureSeries> MeasureSeriesService::series(domain::MeasureId id, const QDate& asOf) const {
    auto measure = storage::MeasureRepository(m_db).get(id);
    if (!measure) return measure.error();
    auto ctx = context(measure->botilbudId, asOf);
    if (!ctx) return ctx.error();
    return series(measure.value(), ctx.value());
}

MeasureSeries MeasureSeriesService::build(const Measure& measure, const SeriesContext& context,
                                          const QList<domain::Measurement>& values,
                                          const QList<QDate>& eventDates) {
    MeasureSeries series;
    if (!measure.derivedFromIncidents) {
        series = fromMeasurements(measure, values);
    } else {
        const SeriesContext::MonthRange range = context.monthRange();
        if (!range.isValid()) {
            series.measureId = measure.id;
            series.kind = measure.kind;
            series.perEvent = measure.kind == MeasureKind::DaysBetween;
            series.multiply = multiplierFor(measure);
            return series;
        }
        if (measure.kind == MeasureKind::DaysBetween) {
            // Intervals that end inside the range; the one before the first event in the range
            // still counts when an earlier event opened it.
            QList<QDate> upToEnd;
            upToEnd.reserve(eventDates.size());
            for (const QDate& d : eventDates)
                if (d <= range.endDay()) upToEnd << d;
            series = fromEventDates(measure, upToEnd, range.first);
        } else {
            series =
                fromMonthCounts(measure, countByMonth(eventDates, range), context.botilbud.residentCount);
        }
        // Derived values carry no baseline flag of their own: the baseline is the freeze.
        const QDate freezeEnd = measure.chartSettings.freezeEnd;
        if (freezeEnd.isValid()) {
            const QDate lastBaselineDay = monthOf(freezeEnd).addMonths(1).addDays(-1);
            for (MeasurePoint& p : series.points)
                p.baseline = p.date <= lastBaselineDay;
        }
    }
    markExclusions(series, measure.chartSettings);
    return series;
}

MeasureSeries MeasureSeriesService::fromMeasurements(const Measure& measure,
                                                     const QList<domain::Measurement>& values) {
    MeasureSeries series;
    series.measureId = measure.id;
    series.kind = measure.kind;
    series.multiply = multiplierFor(measure);
    QList<domain::Measurement> sorted = values;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.period < b.period; });
    const bool withDenominator = domain::kindNeedsDenominator(measure.kind);
    for (const domain::Measurement& m : sorted) {
        const QDate month = monthOf(m.period);
        // A month without a value stays in the series as a gap, so the line breaks honestly.
        if (!series.points.isEmpty()) {
            for (QDate gap = series.points.last().date.addMonths(1); gap < month; gap = gap.addMonths(1))
                series.points.append(MeasurePoint{gap, {}, {}, false, false, {}});
            if (series.points.last().date == month) continue; // the repository refuses duplicates
        }
        MeasurePoint p;
        p.date = month;
        p.numerator = m.numerator;
        if (withDenominator) p.denominator = m.denominator;
        p.baseline = m.baseline;
        series.points.append(p);
    }
    return series;
}

QList<storage::MonthCount> MeasureSeriesService::countByMonth(const QList<QDate>& dates,
                                                              const SeriesContext::MonthRange& range) {
    if (!range.isValid()) return {};
    return IncidentStatistics::monthlyCounts(dates, range.first, range.last);
}

MeasureSeries MeasureSeriesService::fromMonthCounts(const Measure& measure,
                                                    const QList<storage::MonthCount>& counts,
                                                    int residentCount) {
    MeasureSeries series;
    series.measureId = measure.id;
    series.kind = measure.kind;
    series.multiply = multiplierFor(measure);
    for (const storage::MonthCount& c : counts) {
        MeasurePoint p;
        p.date = c.month;
        p.numerator = c.count;
        if (measure.kind == MeasureKind::Rate) {
            // Resident-days: residents present each day, added up over the month. Without a
            // resident count there is no rate, so the point stays empty rather than infinite.
            if (residentCount > 0)
                p.denominator = static_cast<double>(residentCount) * c.month.daysInMonth();
            else
                p.numerator.reset();
        }
        series.points.append(p);
    }
    return series;
}

MeasureSeries MeasureSeriesService::fromEventDates(const Measure& measure, const QList<QDate>& dates,
                                                   const QDate& from) {
    MeasureSeries series;
    series.measureId = measure.id;
    series.kind = measure.kind;
    series.perEvent = true;
    series.multiply = 1.0;
    for (qsizetype i = 1; i < dates.size(); ++i) {
        if (from.isValid() && dates[i] < from) continue;
        MeasurePoint p;
        p.date = dates[i];
        p.numerator = static_cast<double>(dates[i - 1].daysTo(dates[i]));
        series.points.append(p);
    }
    return series;
}

void MeasureSeriesService::markExclusions(MeasureSeries& series, const domain::ChartSettings& settings) {
    for (MeasurePoint& p : series.points) {
        p.excluded = false;
        p.exclusionReason.clear();
    }
    for (const domain::ExcludedPeriod& e : settings.exclusions) {
        if (!e.period.isValid()) continue;
        for (MeasurePoint& p : series.points) {
            const bool match = series.perEvent ? p.date == e.period : monthOf(p.date) == monthOf(e.period);
            if (match) {
                p.excluded = true;
                p.exclusionReason = e.reason;
            }
        }
    }
}

double MeasureSeriesService::multiplierFor(const Measure& measure) {
    switch (measure.kind) {
    case MeasureKind::Proportion:
        return 100.0;
    case MeasureKind::Rate:
        return measure.rateMultiplier > 0 ? measure.rateMultiplier : 1.0;
    default:
        return 1.0;
    }
}

domain::Direction MeasureSeriesService::plottedDirection(const Measure& measure) {
    if (measure.derivedFromIncidents && measure.kind == MeasureKind::DaysBetween)
        return domain::Direction::HigherIsBetter;
    return measure.direction;
}

} // namespace medsafe::services
