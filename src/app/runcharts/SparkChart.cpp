#include "app/runcharts/SparkChart.h"

#include "charts/ChartNumberFormat.h"
#include "charts/ChartStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace medsafe::app {

namespace {
// The full chart's colours (ChartStyle), so a small multiple reads like its big chart.
const QColor kValue = charts::ChartStyle::dataColor();
const QColor kCentre = charts::ChartStyle::centreLineColor();
const QColor kSignal = charts::ChartStyle::signalColor();
const QColor kLimit = charts::ChartStyle::limitColor();
const QColor kTarget = charts::ChartStyle::targetColor();
} // namespace

SparkChart::SparkChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sparkChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(88);
}

void SparkChart::setChart(const analysis::ChartResult& result, std::optional<double> target,
                          const QString& unit, const QString& firstLabel, const QString& lastLabel) {
    m_result = result;
    m_target = target;
    m_unit = unit;
    m_firstLabel = firstLabel;
    m_lastLabel = lastLabel;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    const auto take = [&](const analysis::Value& v) {
        if (!v) return;
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
    };
    for (const analysis::ChartPoint& p : m_result.points) {
        take(p.y);
        take(p.cl);
        take(p.ucl);
        take(p.lcl);
    }
    take(m_target);
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    const bool percent = m_unit == QLatin1String("%");
    if (lo >= 0 && lo < (hi - lo) * 0.5) lo = 0; // near zero: start at zero, as the full chart does
    if (hi == lo) hi = lo + 1;
    // Round ends (steps of 1, 2, 2.5 or 5 × 10^k over about four intervals), as on the full
    // chart's axis, so the two numbers at the edge read as a scale and not as data.
    const double raw = (hi - lo) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 5;
    for (double f : {1.0, 2.0, 2.5, 5.0}) {
        if (raw <= f * magnitude) {
            step = f * magnitude;
            break;
        }
    }
    m_min = std::floor(lo / step) * step;
    m_max = std::ceil(hi / step) * step;
    if (m_min < 0 && lo >= 0) m_min = 0;
    if (percent && hi <= 100.0) m_max = std::min(m_max, 100.0); // a share never passes 100 %
    if (m_max <= m_min) m_max = m_min + step;
    update();
}

void SparkChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), charts::ChartStyle::backgroundColor());
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    const QFontMetrics fm(small);
    // Short units only ("%", "dage"): a long one would squeeze the plot; the tile says the rest.
    const QString unit = m_unit.size() <= 4 ? m_unit : QString();
    const QString top = charts::ChartNumberFormat::withUnit(m_max, unit);
    const QString bottom = charts::ChartNumberFormat::withUnit(m_min, unit);
    const int left = std::max(fm.horizontalAdvance(top), fm.horizontalAdvance(bottom)) + 6;
    const QRectF plot(left, 4, width() - left - 6, height() - fm.height() - 10);
    const auto n = static_cast<int>(m_result.points.size());

    // Frame, value range and the first and last period, so the scale is never guessed.
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setPen(charts::ChartStyle::mutedTextColor());
    painter.drawText(QRectF(0, plot.top() - 2, left - 4, fm.height()), Qt::AlignRight | Qt::AlignTop, top);
    painter.drawText(QRectF(0, plot.bottom() - fm.height() + 2, left - 4, fm.height()),
                     Qt::AlignRight | Qt::AlignBottom, bottom);
    const QRectF labels(plot.left(), plot.bottom() + 3, plot.width(), fm.height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, m_firstLabel);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, m_lastLabel);
    if (n == 0) return;

    const double step = n > 1 ? plot.width() / (n - 1) : 0.0;
    const auto xOf = [&](int i) { return n > 1 ? plot.left() + i * step : plot.center().x(); };
    const auto yOf = [&](double v) { return plot.bottom() - (v - m_min) / (m_max - m_min) * plot.height(); };

    if (m_target) {
        QPen pen(kTarget, 1.2, Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), yOf(*m_target)), QPointF(plot.right(), yOf(*m_target)));
    }
    // Limits: thin grey, per point (steps when n varies), broken where missing or between parts.
    painter.setPen(QPen(kLimit, 1));
    for (int i = 0; i + 1 < n; ++i) {
        const auto& a = m_result.points[static_cast<std::size_t>(i)];
        const auto& b = m_result.points[static_cast<std::size_t>(i + 1)];
        if (a.part != b.part) continue;
        if (a.ucl && b.ucl) painter.drawLine(QPointF(xOf(i), yOf(*a.ucl)), QPointF(xOf(i + 1), yOf(*b.ucl)));
        if (a.lcl && b.lcl) painter.drawLine(QPointF(xOf(i), yOf(*a.lcl)), QPointF(xOf(i + 1), yOf(*b.lcl)));
    }
    // Centre line per part: solid over the baseline, dashed after it; red and dashed on a signal.
    for (const analysis::PartSummary& part : m_result.parts) {
        for (int i = part.first; i < part.last && i + 1 < n; ++i) {
            const auto& a = m_result.points[static_cast<std::size_t>(i)];
            const auto& b = m_result.points[static_cast<std::size_t>(i + 1)];
            if (!a.cl || !b.cl) continue;
            const bool dashed = part.runsSignal || !b.baseline;
            painter.setPen(QPen(part.runsSignal ? kSignal : kCentre, part.runsSignal ? 1.6 : 1.3,
                                dashed ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(QPointF(xOf(i), yOf(*a.cl)), QPointF(xOf(i + 1), yOf(*b.cl)));
        }
        if (part.first == part.last && m_result.points[static_cast<std::size_t>(part.first)].cl) {
            const double y = yOf(*m_result.points[static_cast<std::size_t>(part.first)].cl);
            painter.setPen(QPen(kCentre, 1.3));
            painter.drawLine(QPointF(xOf(part.first) - 3, y), QPointF(xOf(part.first) + 3, y));
        }
    }
    // Values: a thin line broken at gaps and between parts.
    painter.setPen(QPen(kValue, 1.2));
    for (int i = 0; i + 1 < n; ++i) {
        const auto& a = m_result.points[static_cast<std::size_t>(i)];
        const auto& b = m_result.points[static_cast<std::size_t>(i + 1)];
        if (a.y && b.y && a.part == b.part)
            painter.drawLine(QPointF(xOf(i), yOf(*a.y)), QPointF(xOf(i + 1), yOf(*b.y)));
    }
    // Dots only where they stay apart; a long event series is read from its line.
    const double dot = step >= 5 ? 2.2 : 0.0;
    for (int i = 0; i < n; ++i) {
        const auto& p = m_result.points[static_cast<std::size_t>(i)];
        if (!p.y) continue;
        const QPointF at(xOf(i), yOf(*p.y));
        if (p.sigmaSignal) {
            painter.setPen(QPen(kSignal, 1));
            painter.setBrush(p.include ? QBrush(kSignal) : QBrush(Qt::white));
            painter.drawEllipse(at, 3.2, 3.2);
        } else if (!p.include) {
            painter.setPen(QPen(kValue, 1.2));
            painter.setBrush(Qt::white);
            painter.drawEllipse(at, 2.8, 2.8);
        } else if (dot > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kValue);
            painter.drawEllipse(at, dot, dot);
        }
    }
}

} // namespace medsafe::app
