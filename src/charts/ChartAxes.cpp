#include "charts/ChartAxes.h"

#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace medsafe::charts {

namespace {
constexpr double kPadding = 0.06; // of the data span, so points never touch the frame
constexpr double kHalfStep = 0.5;

double niceStep(double span) {
    const double raw = span / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * power) return factor * power;
    }
    return 10.0 * power;
}

int decimalsFor(double step) {
    int decimals = 0;
    double scaled = step;
    while (decimals < 4 && std::fabs(scaled - std::round(scaled)) > 1e-9) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

void widen(double& low, double& high, const std::optional<double>& v) {
    if (!v) return;
    low = std::min(low, *v);
    high = std::max(high, *v);
}
} // namespace

int ChartAxes::Range::tickCount() const {
    return static_cast<int>(std::lround((max - min) / step)) + 1;
}

ChartAxes::Range ChartAxes::niceRange(double low, double high, bool clampAtZero,
                                      std::optional<double> ceiling) {
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
        low = 0.0;
        high = 1.0;
    }
    if (high - low < 1e-12) {
        const double half = std::max(std::fabs(high) * 0.1, 0.5);
        low -= half;
        high += half;
    }
    const double pad = (high - low) * kPadding;
    double paddedLow = low - pad;
    if (clampAtZero && paddedLow < 0.0) paddedLow = 0.0;
    double paddedHigh = high + pad;
    if (ceiling && high <= *ceiling && paddedHigh > *ceiling) paddedHigh = *ceiling;
    Range range;
    range.step = niceStep(paddedHigh - paddedLow);
    range.min = std::floor(paddedLow / range.step + 1e-9) * range.step;
    range.max = std::ceil(paddedHigh / range.step - 1e-9) * range.step;
    range.decimals = decimalsFor(range.step);
    return range;
}

ChartAxes::Range ChartAxes::valueRange(const ChartSpec& spec) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const analysis::ChartPoint& p : spec.result.points) {
        widen(low, high, p.y);
        widen(low, high, p.cl);
        widen(low, high, p.ucl);
        widen(low, high, p.lcl);
    }
    widen(low, high, spec.target);
    if (low > high) return niceRange(0.0, 1.0, true);
    // A proportion cannot pass 100 %: an axis running to 110 % would invite a misreading.
    std::optional<double> ceiling;
    const analysis::ChartType type = spec.result.chart;
    if (type == analysis::ChartType::P || type == analysis::ChartType::PP) ceiling = spec.result.multiply;
    return niceRange(low, high, low >= 0.0, ceiling);
}

double ChartAxes::xMin(const ChartSpec&) {
    return -kHalfStep;
}

double ChartAxes::xMax(const ChartSpec& spec) {
    const auto count = static_cast<double>(std::max<qsizetype>(spec.result.points.size(), 1));
    return count - 1.0 + kHalfStep;
}

QValueAxis* ChartAxes::createValueAxis(const Range& range, const QString& title) {
    auto* axis = new QValueAxis;
    axis->setObjectName(ChartSeriesNames::kValueAxis);
    axis->setRange(range.min, range.max);
    axis->setTickCount(range.tickCount());
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(range.decimals));
    axis->setTitleText(title);
    axis->setLabelsFont(ChartStyle::axisLabelFont());
    axis->setLabelsColor(ChartStyle::mutedTextColor());
    QFont titleFont = ChartStyle::axisLabelFont();
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(ChartStyle::mutedTextColor());
    axis->setGridLinePen(QPen(ChartStyle::gridColor(), 1.0));
    axis->setLinePen(QPen(ChartStyle::limitColor(), 1.0));
    axis->setMinorTickCount(0);
    return axis;
}

double ChartAxes::dateToX(const QList<QDate>& dates, const QDate& date) {
    if (dates.isEmpty() || !date.isValid()) return 0.0;
    const auto last = static_cast<int>(dates.size()) - 1;
    if (date <= dates.first())
        return std::max(-kHalfStep, -static_cast<double>(date.daysTo(dates.first())) / 30.0);
    for (int i = 0; i < last; ++i) {
        const QDate& from = dates[i];
        const QDate& to = dates[i + 1];
        if (date >= from && date < to) {
            const double span = static_cast<double>(from.daysTo(to));
            return i + (span > 0 ? static_cast<double>(from.daysTo(date)) / span : 0.0);
        }
    }
    // After the last point: a month-sized step beyond it, at most to the plot's edge.
    const double beyond = static_cast<double>(dates[last].daysTo(date)) / 30.0;
    return std::min(last + beyond, last + kHalfStep);
}

} // namespace medsafe::charts
