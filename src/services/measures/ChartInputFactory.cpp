#include "services/measures/ChartInputFactory.h"

#include <algorithm>

namespace medsafe::services {

using domain::ChartType;
using domain::MeasureKind;

namespace {
QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

// Shifts a part's result to its place in the whole chart.
void appendPart(analysis::ChartResult& whole, const analysis::ChartResult& part, int offset, int partOffset) {
    for (analysis::ChartPoint p : part.points) {
        p.index += offset;
        p.part += partOffset;
        whole.points.push_back(p);
    }
    for (analysis::PartSummary s : part.parts) {
        s.part += partOffset;
        s.first += offset;
        s.last += offset;
        whole.parts.push_back(s);
    }
}
} // namespace

ChartType ChartInputFactory::controlChartFor(MeasureKind kind) {
    switch (kind) {
    case MeasureKind::Count:
        return ChartType::C;
    case MeasureKind::Rate:
        return ChartType::U;
    case MeasureKind::Proportion:
        return ChartType::P;
    case MeasureKind::DaysBetween:
        return ChartType::T;
    case MeasureKind::Value:
        return ChartType::I;
    }
    return ChartType::I;
}

QList<ChartType> ChartInputFactory::choicesFor(MeasureKind kind) {
    QList<ChartType> choices{ChartType::Run, controlChartFor(kind)};
    if (kind == MeasureKind::DaysBetween) choices << ChartType::G;
    return choices;
}

bool ChartInputFactory::suits(MeasureKind kind, ChartType chart) {
    return choicesFor(kind).contains(chart);
}

ChartType ChartInputFactory::defaultChartFor(const domain::Measure& measure) {
    return suits(measure.kind, measure.defaultChart) ? measure.defaultChart : ChartType::Run;
}

analysis::ChartType ChartInputFactory::toAnalysis(ChartType chart) {
    switch (chart) {
    case ChartType::Run:
        return analysis::ChartType::Run;
    case ChartType::C:
        return analysis::ChartType::C;
    case ChartType::U:
        return analysis::ChartType::U;
    case ChartType::P:
        return analysis::ChartType::P;
    case ChartType::I:
        return analysis::ChartType::I;
    case ChartType::MR:
        return analysis::ChartType::MR;
    case ChartType::T:
        return analysis::ChartType::T;
    case ChartType::G:
        return analysis::ChartType::G;
    }
    return analysis::ChartType::Run;
}

ChartRequest ChartInputFactory::make(const MeasureSeries& series, const domain::ChartSettings& settings,
                                     ChartType chart) {
    ChartRequest request;
    request.chart = chart;
    request.dates = series.dates();
    const auto count = static_cast<int>(series.points.size());
    const analysis::ChartType engineChart = toAnalysis(chart);
    const bool withN = (series.hasDenominator() && analysis::acceptsDenominator(engineChart)) ||
                       analysis::requiresDenominator(engineChart);
    request.input.multiply = series.multiply;
    request.input.y.reserve(static_cast<std::size_t>(count));
    for (const MeasurePoint& p : series.points) {
        analysis::Value y = p.numerator;
        if (chart == ChartType::T && y && *y <= 0.0) y = kSameDayInterval;
        request.input.y.push_back(y);
        if (withN) {
            // A zero denominator is a month without anyone to count: no value, not an error.
            analysis::Value n = p.denominator;
            if (n && *n <= 0.0) n.reset();
            request.input.n.push_back(n);
            if (!n) request.input.y.back().reset();
        }
    }

    // Freeze: points up to the end of the freeze month.
    if (settings.freezeEnd.isValid()) {
        const QDate lastDay = monthOf(settings.freezeEnd).addMonths(1).addDays(-1);
        int k = 0;
        while (k < count && series.points[k].date <= lastDay)
            ++k;
        if (k >= 1 && k < count) {
            request.freezePoints = k;
            request.input.freeze = k;
        } else {
            request.notes << QStringLiteral("freeze at %1 leaves no point after the baseline or none in it")
                                 .arg(settings.freezeEnd.toString(Qt::ISODate));
        }
    }
    // Splits: a new part starts at the first point on or after the split date.
    for (const QDate& split : settings.splitDates) {
        if (!split.isValid()) continue;
        const QDate start = series.perEvent ? split : monthOf(split);
        int index = 0;
        while (index < count && series.points[index].date < start)
            ++index;
        if (index >= 1 && index <= count - 1 && !request.partStarts.contains(index)) {
            request.partStarts << index;
        } else {
            request.notes << QStringLiteral("split at %1 does not fall inside the series")
                                 .arg(split.toString(Qt::ISODate));
        }
    }
    std::sort(request.partStarts.begin(), request.partStarts.end());
    request.input.parts.assign(request.partStarts.cbegin(), request.partStarts.cend());
    for (int i = 0; i < count; ++i) {
        if (!series.points[i].excluded) continue;
        request.excluded << i;
        request.exclusionReasons << series.points[i].exclusionReason;
        request.input.exclude.push_back(i);
    }
    return request;
}

analysis::AnalysisOutcome ChartInputFactory::analyze(const ChartRequest& request) {
    const analysis::ChartType chart = toAnalysis(request.chart);
    const analysis::ChartInput& input = request.input;
    if (!input.freeze || input.parts.empty()) return analysis::ChartAnalyzer::analyze(chart, input);

    // Freeze and parts together: each part on its own; the part holding the end of the
    // baseline keeps the freeze. Parts are independent in the engine, so this equals its own
    // per-part computation wherever there is no freeze.
    std::vector<int> bounds{0};
    bounds.insert(bounds.end(), input.parts.begin(), input.parts.end());
    bounds.push_back(static_cast<int>(input.y.size()));
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k) {
        // A one-point part cannot be analysed alone; the engine's own rule then applies.
        if (bounds[k + 1] - bounds[k] < 2) return analysis::ChartAnalyzer::analyze(chart, input);
    }
    analysis::ChartResult whole;
    whole.chart = chart;
    whole.rules = input.rules;
    whole.multiply = input.multiply;
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k) {
        const int first = bounds[k];
        const int end = bounds[k + 1];
        analysis::ChartInput piece;
        piece.multiply = input.multiply;
        piece.rules = input.rules;
        piece.y.assign(input.y.begin() + first, input.y.begin() + end);
        if (!input.n.empty()) piece.n.assign(input.n.begin() + first, input.n.begin() + end);
        for (int e : input.exclude)
            if (e >= first && e < end) piece.exclude.push_back(e - first);
        const int frozen = *input.freeze - first;
        if (frozen >= 1 && frozen < end - first) piece.freeze = frozen;
        analysis::AnalysisOutcome outcome = analysis::ChartAnalyzer::analyze(chart, piece);
        if (auto* error = std::get_if<analysis::AnalysisError>(&outcome)) {
            error->message = "part " + std::to_string(k + 1) + ": " + error->message;
            return outcome;
        }
        appendPart(whole, std::get<analysis::ChartResult>(outcome), first, static_cast<int>(k));
    }
    return whole;
}

} // namespace medsafe::services
