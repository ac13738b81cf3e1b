#include "charts/ChartLines.h"

#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"

#include <QLineSeries>
#include <QVariant>
#include <cmath>
#include <functional>

namespace medsafe::charts {

using analysis::ChartPoint;
using analysis::PartSummary;
using analysis::Value;

namespace {
// A line for a one-point part would have no length; give it a visible stub.
constexpr double kSinglePointStub = 0.35;
constexpr double kHalfStep = 0.5;

const ChartPoint& pointAt(const ChartSpec& spec, int index) {
    return spec.result.points[static_cast<std::size_t>(index)];
}

bool validPart(const ChartSpec& spec, const PartSummary& part) {
    return part.first >= 0 && part.first <= part.last &&
           part.last < static_cast<int>(spec.result.points.size());
}

QLineSeries* makeLine(const char* name, int part, const QPen& pen) {
    auto* series = new QLineSeries;
    series->setObjectName(name);
    series->setProperty(ChartSeriesNames::kPartProperty, part);
    series->setPen(pen);
    return series;
}

Value firstCentre(const ChartSpec& spec, const PartSummary& part) {
    for (int i = part.first; i <= part.last; ++i) {
        if (pointAt(spec, i).cl) return pointAt(spec, i).cl;
    }
    return std::nullopt;
}

using Accessor = std::function<Value(const ChartPoint&)>;

bool constantIn(const ChartSpec& spec, const PartSummary& part, const Accessor& value) {
    Value first;
    for (int i = part.first; i <= part.last; ++i) {
        const Value v = value(pointAt(spec, i));
        if (!v) return false;
        if (!first)
            first = v;
        else if (std::fabs(*v - *first) > 1e-9 * std::max(1.0, std::fabs(*first)))
            return false;
    }
    return first.has_value();
}

// One limit of one part: a straight line when constant, else a step around each point,
// broken where the limit is missing (e.g. no lower limit when it would fall below zero).
void addLimit(QList<QLineSeries*>& out, const ChartSpec& spec, const PartSummary& part, const char* name,
              const Accessor& value) {
    const QPen pen = ChartStyle::limitPen();
    if (constantIn(spec, part, value)) {
        const double v = *value(pointAt(spec, part.first));
        QLineSeries* line = makeLine(name, part.part, pen);
        const double stub = part.first == part.last ? kSinglePointStub : 0.0;
        line->append(part.first - stub, v);
        line->append(part.last + stub, v);
        out << line;
        return;
    }
    QLineSeries* line = nullptr;
    for (int i = part.first; i <= part.last; ++i) {
        const Value v = value(pointAt(spec, i));
        if (!v) {
            line = nullptr;
            continue;
        }
        if (!line) {
            line = makeLine(name, part.part, pen);
            out << line;
        }
        const double left = i == part.first ? i : i - kHalfStep;
        const double right = i == part.last ? i : i + kHalfStep;
        line->append(left, *v);
        line->append(right, *v);
    }
}
} // namespace

QList<QLineSeries*> ChartLines::centreLines(const ChartSpec& spec) {
    QList<QLineSeries*> out;
    for (const PartSummary& part : spec.result.parts) {
        if (!validPart(spec, part)) continue;
        const Value cl = firstCentre(spec, part);
        if (!cl) continue;
        int lastBaseline = part.first - 1;
        for (int i = part.first; i <= part.last; ++i) {
            if (pointAt(spec, i).baseline) lastBaseline = i;
        }
        const bool signal = part.runsSignal;
        const double stub = part.first == part.last ? kSinglePointStub : 0.0;
        if (lastBaseline >= part.first) {
            QLineSeries* solid =
                makeLine(ChartSeriesNames::kCentreLine, part.part, ChartStyle::centreLinePen(false, signal));
            solid->append(part.first - stub, *cl);
            solid->append(lastBaseline == part.last ? part.last + stub : lastBaseline, *cl);
            out << solid;
        }
        if (lastBaseline < part.last) {
            // Carried forward from the end of the baseline, so the two pieces join.
            QLineSeries* dashed = makeLine(ChartSeriesNames::kCentreLineExtended, part.part,
                                           ChartStyle::centreLinePen(true, signal));
            dashed->append(std::max(lastBaseline, part.first), *cl);
            dashed->append(part.last, *cl);
            out << dashed;
        }
    }
    return out;
}

QList<QLineSeries*> ChartLines::limits(const ChartSpec& spec) {
    QList<QLineSeries*> out;
    if (!analysis::hasControlLimits(spec.result.chart)) return out;
    for (const PartSummary& part : spec.result.parts) {
        if (!validPart(spec, part)) continue;
        addLimit(out, spec, part, ChartSeriesNames::kUcl, [](const ChartPoint& p) { return p.ucl; });
        addLimit(out, spec, part, ChartSeriesNames::kLcl, [](const ChartPoint& p) { return p.lcl; });
    }
    return out;
}

} // namespace medsafe::charts
