#include "app/overview/ProgrammeTimelineWidget.h"

#include "domain/DomainLabels.h"

#include <QHelpEvent>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
constexpr int kLabelWidth = 116; // the row names on the left
constexpr int kMargin = 14;
constexpr double kBandTop = 20;
constexpr double kBandHeight = 42;
constexpr double kSessionRow = 84;
constexpr double kVisitRow = 112;
constexpr double kAxisY = 132;
constexpr double kLegendY = 170;
constexpr double kMarkerRadius = 6;

const QColor kPhaseColours[] = {QColor(0xdc, 0xe9, 0xf5), QColor(0xd7, 0xee, 0xdb), QColor(0xfb, 0xec, 0xd0),
                                QColor(0xec, 0xe1, 0xf2)};
const QColor kInk(0x33, 0x33, 0x33);
const QColor kMarker(0x1f, 0x5f, 0x99);
const QColor kToday(0xc6, 0x28, 0x28);
const QColor kNext(0xe0, 0x8a, 0x00);

QString danishDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
}
} // namespace

ProgrammeTimelineWidget::ProgrammeTimelineWidget(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

QSize ProgrammeTimelineWidget::sizeHint() const {
    return {900, static_cast<int>(kLegendY) + 16};
}

QSize ProgrammeTimelineWidget::minimumSizeHint() const {
    return {520, static_cast<int>(kLegendY) + 16};
}

void ProgrammeTimelineWidget::setProgramme(const std::optional<Programme>& programme,
                                           const QList<ProgrammeEvent>& events, const QDate& today) {
    m_programme = programme;
    m_events.clear();
    for (const ProgrammeEvent& e : events)
        if ((e.kind == EventKind::LearningSession || e.kind == EventKind::PsVisit) && e.date.isValid()) m_events << e;
    m_today = today;
    update();
}

std::optional<ProgrammeEvent> ProgrammeTimelineWidget::nextEvent() const {
    std::optional<ProgrammeEvent> next;
    for (const ProgrammeEvent& e : m_events)
        if (!e.done && (!next || e.date < next->date)) next = e;
    return next;
}

QString ProgrammeTimelineWidget::eventName(const ProgrammeEvent& event) {
    const QString kind = DomainLabels::label(event.kind);
    return event.number ? tr("%1 %2").arg(kind).arg(*event.number) : kind;
}

double ProgrammeTimelineWidget::Geometry::xOf(const QDate& date, const QDate& start, const QDate& end) const {
    const double total = std::max<qint64>(1, start.daysTo(end) + 1);
    const double f = std::clamp(static_cast<double>(start.daysTo(date)) / total, 0.0, 1.0);
    return left + f * (right - left);
}

ProgrammeTimelineWidget::Geometry ProgrammeTimelineWidget::geometry() const {
    return {static_cast<double>(kMargin + kLabelWidth), static_cast<double>(width() - kMargin)};
}

void ProgrammeTimelineWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_programme) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No programme is registered for this botilbud."));
        return;
    }
    const Geometry g = geometry();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(kInk);
    painter.drawText(QRectF(kMargin, kBandTop, kLabelWidth - 8, kBandHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Phases"));
    painter.drawText(QRectF(kMargin, kSessionRow - 10, kLabelWidth - 8, 20), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Learning sessions"));
    painter.drawText(QRectF(kMargin, kVisitRow - 10, kLabelWidth - 8, 20), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("PS! visits"));
    painter.setFont(font());
    paintPhases(painter, g);
    paintAxis(painter, g);
    paintEvents(painter, g);
    paintToday(painter, g);
}

void ProgrammeTimelineWidget::paintPhases(QPainter& painter, const Geometry& g) const {
    const QDate start = m_programme->startDate;
    const QDate end = m_programme->endDate();
    const auto current = m_programme->phaseAt(m_today);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (const ProgrammePhase& phase : m_programme->phases) {
        const double x0 = g.xOf(phase.startDate, start, end);
        const double x1 = g.xOf(phase.endDate.addDays(1), start, end);
        const QRectF band(x0, kBandTop, x1 - x0, kBandHeight);
        const int index = std::clamp(static_cast<int>(phase.phase) - 1, 0, 3);
        painter.setBrush(kPhaseColours[index]);
        const bool isCurrent = current && *current == phase.phase;
        painter.setPen(isCurrent ? QPen(kInk, 2) : QPen(kPhaseColours[index].darker(130), 1));
        painter.drawRect(band.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont title = small;
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(kInk);
        const QRectF text = band.adjusted(6, 3, -4, -3);
        painter.drawText(text, Qt::AlignTop | Qt::AlignLeft,
                         QFontMetrics(title).elidedText(isCurrent ? tr("Phase %1 (now)").arg(index + 1)
                                                                  : tr("Phase %1").arg(index + 1),
                                                        Qt::ElideRight, static_cast<int>(text.width())));
        painter.setFont(small);
        painter.drawText(text, Qt::AlignBottom | Qt::AlignLeft,
                         QFontMetrics(small).elidedText(DomainLabels::label(phase.phase), Qt::ElideRight,
                                                        static_cast<int>(text.width())));
    }
    painter.setFont(font());
}

void ProgrammeTimelineWidget::paintAxis(QPainter& painter, const Geometry& g) const {
    const QDate start = m_programme->startDate;
    const QDate end = m_programme->endDate();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(g.left, kAxisY), QPointF(g.right, kAxisY));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics fm(small);
    // Every month gets a tick; labels every third month (every sixth when narrow) so they never touch.
    const double monthWidth = (g.right - g.left) / Programme::kMonths;
    const int labelStep = monthWidth * 3 > fm.horizontalAdvance(QStringLiteral("mar. 2025")) + 12 ? 3 : 6;
    QDate month(start.year(), start.month(), 1);
    for (int i = 0; month <= end; ++i, month = month.addMonths(1)) {
        const double x = g.xOf(month, start, end);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(QPointF(x, kAxisY), QPointF(x, kAxisY + (i % labelStep == 0 ? 6 : 3)));
        if (i % labelStep == 0) {
            painter.setPen(kInk);
            painter.drawText(QRectF(x - 40, kAxisY + 7, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                             QLocale().toString(month, QStringLiteral("MMM yyyy")));
        }
    }
    painter.setFont(font());
}

QPointF ProgrammeTimelineWidget::markerCentre(const ProgrammeEvent& event, const Geometry& g) const {
    const double y = event.kind == EventKind::LearningSession ? kSessionRow : kVisitRow;
    return {g.xOf(event.date, m_programme->startDate, m_programme->endDate()), y};
}

void ProgrammeTimelineWidget::paintEvents(QPainter& painter, const Geometry& g) const {
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    painter.drawLine(QPointF(g.left, kSessionRow), QPointF(g.right, kSessionRow));
    painter.drawLine(QPointF(g.left, kVisitRow), QPointF(g.right, kVisitRow));
    const auto next = nextEvent();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    for (const ProgrammeEvent& e : m_events) {
        const QPointF c = markerCentre(e, g);
        const bool isNext = next && next->id == e.id;
        if (isNext) {
            painter.setPen(QPen(kNext, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(c, kMarkerRadius + 4, kMarkerRadius + 4);
        }
        painter.setPen(QPen(kMarker, 1.6));
        painter.setBrush(e.done ? QBrush(kMarker) : QBrush(Qt::white));
        if (e.kind == EventKind::LearningSession) {
            painter.drawEllipse(c, kMarkerRadius, kMarkerRadius);
        } else {
            // Visits are diamonds, so the two rows differ in shape and not only in place.
            QPainterPath diamond;
            diamond.moveTo(c.x(), c.y() - kMarkerRadius - 1);
            diamond.lineTo(c.x() + kMarkerRadius + 1, c.y());
            diamond.lineTo(c.x(), c.y() + kMarkerRadius + 1);
            diamond.lineTo(c.x() - kMarkerRadius - 1, c.y());
            diamond.closeSubpath();
            painter.drawPath(diamond);
        }
        if (e.number) {
            painter.setFont(small);
            painter.setPen(kInk);
            painter.drawText(QRectF(c.x() - 10, c.y() - kMarkerRadius - 15, 20, 12), Qt::AlignCenter,
                             QString::number(*e.number));
            painter.setFont(font());
        }
    }

    // Legend and the name of the next activity on the bottom line, where nothing else is drawn.
    double x = g.left;
    const double y = kLegendY;
    painter.setPen(QPen(kMarker, 1.6));
    painter.setBrush(kMarker);
    painter.drawEllipse(QPointF(x + 5, y), 5, 5);
    painter.setPen(kInk);
    const QFontMetrics fm(font());
    const QString done = tr("done");
    painter.drawText(QPointF(x + 14, y + fm.ascent() / 2.0 - 1), done);
    x += 14 + fm.horizontalAdvance(done) + 18;
    painter.setPen(QPen(kMarker, 1.6));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(x + 5, y), 5, 5);
    painter.setPen(kInk);
    const QString planned = tr("planned");
    painter.drawText(QPointF(x + 14, y + fm.ascent() / 2.0 - 1), planned);
    x += 14 + fm.horizontalAdvance(planned) + 28;
    if (next) {
        painter.setPen(QPen(kNext, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(x + 6, y), 7, 7);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 20, y + fm.ascent() / 2.0 - 1),
                         tr("Next: %1, %2").arg(eventName(*next), danishDate(next->date)));
        painter.setFont(font());
    }
}

void ProgrammeTimelineWidget::paintToday(QPainter& painter, const Geometry& g) const {
    const QDate start = m_programme->startDate;
    const QDate end = m_programme->endDate();
    if (!m_today.isValid() || m_today < start || m_today > end) return;
    const double x = g.xOf(m_today, start, end);
    painter.setPen(QPen(kToday, 2));
    painter.drawLine(QPointF(x, kBandTop - 2), QPointF(x, kAxisY + 4));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(bold);
    painter.drawText(QRectF(x - 40, 0, 80, kBandTop - 3), Qt::AlignHCenter | Qt::AlignBottom, tr("Today"));
    painter.setFont(font());
}

bool ProgrammeTimelineWidget::event(QEvent* event) {
    // Hovering a marker names the activity and its date; the markers themselves carry no text.
    if (event->type() == QEvent::ToolTip && m_programme) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Geometry g = geometry();
        for (const ProgrammeEvent& e : m_events) {
            if (QLineF(markerCentre(e, g), help->pos()).length() <= kMarkerRadius + 4) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1, %2 (%3)")
                                       .arg(eventName(e), danishDate(e.date), e.done ? tr("done") : tr("planned")),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace medsafe::app
