#include "charts/MeasureChartSpec.h"

#include "domain/DomainLabels.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::charts {

using domain::MeasureKind;

namespace {
QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}
} // namespace

QString MeasureChartSpec::unit(const domain::Measure& measure, bool perEvent) {
    switch (measure.kind) {
    case MeasureKind::Proportion:
        return QStringLiteral("%");
    case MeasureKind::Rate:
        if (measure.derivedFromIncidents)
            return tr("per %1 resident-days")
                .arg(QLocale(QLocale::Danish).toString(measure.rateMultiplier, 'f', 0));
        return measure.rateMultiplier > 1
                   ? tr("per %1").arg(QLocale(QLocale::Danish).toString(measure.rateMultiplier, 'f', 0))
                   : QString();
    case MeasureKind::DaysBetween:
        return tr("days");
    case MeasureKind::Count: // "1 hændelser" reads wrong; the axis label names what is counted
    case MeasureKind::Value:
        break;
    }
    (void)perEvent;
    return {};
}

QString MeasureChartSpec::yAxisLabel(const domain::Measure& measure, bool perEvent) {
    switch (measure.kind) {
    case MeasureKind::Proportion:
        return tr("Share (%)");
    case MeasureKind::Rate:
        return measure.derivedFromIncidents
                   ? tr("Incidents per %1 resident-days")
                         .arg(QLocale(QLocale::Danish).toString(measure.rateMultiplier, 'f', 0))
                   : tr("Rate");
    case MeasureKind::DaysBetween:
        return perEvent ? tr("Days since the incident before") : tr("Days");
    case MeasureKind::Count:
        return measure.derivedFromIncidents ? tr("Incidents in the month") : tr("Count");
    case MeasureKind::Value:
        break;
    }
    return tr("Value");
}

std::optional<double> MeasureChartSpec::plottedTarget(const domain::Measure& measure) {
    if (!measure.target) return std::nullopt;
    if (measure.kind == MeasureKind::Proportion && *measure.target <= 1.0) return *measure.target * 100.0;
    return measure.target;
}

QList<ChartAnnotation> MeasureChartSpec::annotations(domain::MeasureId measure,
                                                     const QList<domain::PdsaCycle>& cycles,
                                                     const QList<domain::ChangeIdea>& changeIdeas,
                                                     const QDate& from, const QDate& to) {
    QList<ChartAnnotation> out;
    const auto inside = [&](const QDate& d) {
        return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    };
    // Each change idea adopted through a linked cycle, once, at the end of the first adopting cycle.
    QList<domain::ChangeIdeaId> adopted;
    QList<const domain::PdsaCycle*> linked;
    for (const domain::PdsaCycle& c : cycles)
        if (c.measureIds.contains(measure)) linked << &c;
    std::stable_sort(linked.begin(), linked.end(), [](const auto* a, const auto* b) {
        const QDate da = a->endDate.isValid() ? a->endDate : a->startDate;
        const QDate db = b->endDate.isValid() ? b->endDate : b->startDate;
        return da < db;
    });
    for (const domain::PdsaCycle* c : linked) {
        if (inside(c->startDate)) {
            // The decision after a dash: titles often end in a parenthesis of their own.
            const QString label = c->decision ? tr("PDSA %1: %2 – %3")
                                                    .arg(c->number)
                                                    .arg(c->title, domain::DomainLabels::label(*c->decision))
                                              : tr("PDSA %1: %2").arg(c->number).arg(c->title);
            out << ChartAnnotation{0, c->startDate, label};
        }
        if (c->decision == domain::ActDecision::Adopt && c->changeIdeaId &&
            !adopted.contains(*c->changeIdeaId)) {
            adopted << *c->changeIdeaId;
            const QDate when = c->endDate.isValid() ? c->endDate : c->startDate;
            const auto idea =
                std::find_if(changeIdeas.cbegin(), changeIdeas.cend(),
                             [&](const domain::ChangeIdea& i) { return i.id == *c->changeIdeaId; });
            if (idea != changeIdeas.cend() && inside(when))
                out << ChartAnnotation{0, when, tr("Change adopted: %1").arg(idea->title)};
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ChartAnnotation& a, const ChartAnnotation& b) { return a.date < b.date; });
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].number = static_cast<int>(i + 1);
    return out;
}

ChartSpec MeasureChartSpec::build(const MeasureChartSource& source) {
    ChartSpec spec;
    spec.title = source.measure.name;
    spec.unit = unit(source.measure, source.perEvent);
    spec.yAxisLabel = yAxisLabel(source.measure, source.perEvent);
    spec.dates = source.dates;
    spec.timeAxis = source.perEvent ? TimeAxisKind::Events : TimeAxisKind::Monthly;
    spec.result = source.result;
    spec.direction = source.plottedDirection;
    spec.target = plottedTarget(source.measure);
    spec.exclusions = source.exclusions;
    if (!source.dates.isEmpty()) {
        // The chart covers the first point's month (or day) to the end of the last point's month.
        const QDate from = source.perEvent ? source.dates.first() : monthOf(source.dates.first());
        const QDate to =
            source.perEvent ? source.dates.last() : monthOf(source.dates.last()).addMonths(1).addDays(-1);
        spec.annotations = annotations(source.measure.id, source.cycles, source.changeIdeas, from, to);
    }
    return spec;
}

} // namespace medsafe::charts
