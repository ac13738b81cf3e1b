#include "services/sustain/SustainedChanges.h"

#include <algorithm>

namespace medsafe::services {

namespace {

// Worse first: one slipping measure makes the change slip.
int severity(SustainStatus status) {
    switch (status) {
    case SustainStatus::SlippingBack:
        return 3;
    case SustainStatus::Holding:
        return 2;
    case SustainStatus::TooFewPoints:
        return 1;
    case SustainStatus::NoMeasures:
        return 0;
    }
    return 0;
}

} // namespace

SustainedMeasure SustainedChanges::assessMeasure(const domain::Measure& measure, const MeasureSeries& series,
                                                 const ChangeAdoption& change) {
    SustainedMeasure out;
    out.measure = measure;
    out.frozen = FrozenChart::of(measure, series, change.adoptedOn);
    if (!out.frozen.enough()) {
        out.status = SustainStatus::TooFewPoints;
        return out;
    }
    out.slipBack =
        SlipBack::detect(*out.frozen.chart.result, out.frozen.freezeIndex, out.frozen.chart.plottedDirection);
    out.status = out.slipBack.slipped() ? SustainStatus::SlippingBack : SustainStatus::Holding;
    out.sentence = out.slipBack.sentence(change.idea.title, change.adoptedOn, out.frozen.chart.series.dates(),
                                         out.frozen.chart.series.perEvent);
    return out;
}

QList<SustainedChange> SustainedChanges::assess(const DashboardData& data,
                                                const QList<domain::Driver>& drivers, bool withRunCharts) {
    return assess(data.charts, data.cycles, data.changeIdeas, drivers, withRunCharts);
}

QList<SustainedChange> SustainedChanges::assess(const QList<MeasureChart>& charts,
                                                const QList<domain::PdsaCycle>& cycles,
                                                const QList<domain::ChangeIdea>& ideas,
                                                const QList<domain::Driver>& drivers, bool withRunCharts) {
    QList<SustainedChange> out;
    for (const ChangeAdoption& change : ChangeAdoption::derive(cycles, ideas, drivers)) {
        SustainedChange sustained;
        sustained.change = change;
        for (const domain::MeasureId id : change.measureIds) {
            const auto chart = std::find_if(charts.cbegin(), charts.cend(),
                                            [id](const MeasureChart& c) { return c.measure.id == id; });
            if (chart == charts.cend()) continue; // inactive or another botilbud's
            SustainedMeasure measure = assessMeasure(chart->measure, chart->series, change);
            if (withRunCharts)
                measure.runChart =
                    DashboardService::chartOf(chart->measure, chart->series, domain::ChartType::Run);
            if (sustained.measures.isEmpty() || severity(measure.status) > severity(sustained.status))
                sustained.status = measure.status;
            sustained.measures << measure;
        }
        out << sustained;
    }
    return out;
}

QHash<domain::MeasureId, QString> SustainedChanges::slipBackSentences(const DashboardData& data) {
    QHash<domain::MeasureId, QString> flags;
    // Newest adoption first, so the first sentence kept for a measure is the newest change's.
    for (const SustainedChange& change : assess(data, {}, false)) {
        for (const SustainedMeasure& measure : change.measures)
            if (measure.status == SustainStatus::SlippingBack && !flags.contains(measure.measure.id))
                flags.insert(measure.measure.id, measure.sentence);
    }
    return flags;
}

QString SustainedChanges::statusText(SustainStatus status) {
    switch (status) {
    case SustainStatus::Holding:
        return tr("Holding the level");
    case SustainStatus::SlippingBack:
        return tr("Slipping back");
    case SustainStatus::TooFewPoints:
        return tr("Too few measurements yet");
    case SustainStatus::NoMeasures:
        return tr("No measures linked");
    }
    return {};
}

} // namespace medsafe::services
