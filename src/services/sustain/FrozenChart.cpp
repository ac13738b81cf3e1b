#include "services/sustain/FrozenChart.h"

#include "services/measures/ChartInputFactory.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::services {

namespace {

bool usable(const MeasurePoint& p, bool needsDenominator) {
    if (p.excluded || !p.numerator) return false;
    return !needsDenominator || (p.denominator && *p.denominator > 0.0);
}

} // namespace

domain::ChartType FrozenChart::chartTypeFor(domain::MeasureKind kind) {
    return kind == domain::MeasureKind::Proportion ? domain::ChartType::P : domain::ChartType::I;
}

QString FrozenChart::pointName(const QDate& date, bool perEvent) {
    return QLocale(QLocale::Danish)
        .toString(date, perEvent ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("MMMM yyyy"));
}

QString FrozenChart::frozenText() const {
    if (!frozenFrom.isValid()) return {};
    const bool perEvent = chart.series.perEvent;
    return tr("Limits frozen from %1 to %2")
        .arg(pointName(frozenFrom, perEvent), pointName(frozenTo, perEvent));
}

QString FrozenChart::missingText() const {
    if (chart.series.perEvent)
        return tr(
            "%n more measurement(s) after the adoption are needed before the control limits can be frozen.",
            nullptr, missingPoints());
    return tr("%n more month(s) of measurements after the adoption are needed before the control limits can "
              "be frozen.",
              nullptr, missingPoints());
}

FrozenChart FrozenChart::of(const domain::Measure& measure, const MeasureSeries& series,
                            const QDate& adoptedOn, int baselinePoints) {
    FrozenChart out;
    out.adoptedOn = adoptedOn;
    const domain::ChartType type = chartTypeFor(measure.kind);
    MeasureSeries after = series;
    after.points.clear();
    const QDate from = series.perEvent ? adoptedOn : QDate(adoptedOn.year(), adoptedOn.month(), 1);
    for (const MeasurePoint& p : series.points)
        if (p.date >= from) after.points << p;

    const bool needsDenominator = type == domain::ChartType::P || after.hasDenominator();
    for (const MeasurePoint& p : after.points)
        if (usable(p, needsDenominator)) ++out.points;
    const int baseline = std::min(std::max(1, baselinePoints), out.points);
    int seen = 0;
    out.freezeIndex = static_cast<int>(after.points.size());
    for (int i = 0; i < after.points.size() && baseline > 0; ++i) {
        if (!usable(after.points[i], needsDenominator)) continue;
        if (seen == 0) out.frozenFrom = after.points[i].date;
        if (++seen == baseline) {
            out.frozenTo = after.points[i].date;
            out.freezeIndex = i + 1;
            break;
        }
    }
    out.baselinePoints = baseline;

    out.chart.measure = measure;
    out.chart.plottedDirection = MeasureSeriesService::plottedDirection(measure);
    // The post-adoption chart is one part; the measure's own freeze and splits belong to its
    // whole series, while its exclusions stay marked on the points.
    out.chart.request = ChartInputFactory::make(after, domain::ChartSettings{}, type);
    // Counts, rates and days cannot go below zero (qicharts2's y.neg = FALSE); a measured
    // value may.
    out.chart.request.input.allowNegativeLimits = measure.kind == domain::MeasureKind::Value;
    if (out.freezeIndex < after.points.size()) {
        out.chart.request.freezePoints = out.freezeIndex;
        out.chart.request.input.freeze = out.freezeIndex;
    }
    out.chart.series = std::move(after);
    if (out.points < kMinimumPoints) {
        out.chart.problem =
            QStringLiteral("%1 usable points after adoption, %2 needed").arg(out.points).arg(kMinimumPoints);
        return out;
    }
    analysis::AnalysisOutcome outcome = ChartInputFactory::analyze(out.chart.request);
    if (auto* result = std::get_if<analysis::ChartResult>(&outcome)) {
        out.chart.result = std::move(*result);
        if (!out.chart.result->points.empty()) {
            const analysis::ChartPoint& last = out.chart.result->points.back();
            out.centre = last.cl;
            out.lower = last.lcl;
            out.upper = last.ucl;
        }
    } else {
        out.chart.problem = QString::fromStdString(std::get<analysis::AnalysisError>(outcome).message);
    }
    return out;
}

} // namespace medsafe::services
