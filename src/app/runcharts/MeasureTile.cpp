#include "app/runcharts/MeasureTile.h"

#include "app/runcharts/RunChartSpecs.h"
#include "app/runcharts/SparkChart.h"
#include "charts/MeasureChartSpec.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace medsafe::app {

MeasureTile::MeasureTile(const services::MeasureChart& chart, const services::DashboardData& data,
                         QWidget* parent, const QString& slipBack)
    : QFrame(parent), m_measureId(chart.measure.id), m_verdict(RunChartSpecs::verdictFor(chart)),
      m_slipBack(slipBack) {
    (void)data;
    setObjectName(QStringLiteral("measureTile"));
    setProperty("measureId", chart.measure.id.value);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(
        QStringLiteral("#measureTile { background: white; border: 1px solid #c8c8c8; border-radius: 4px; }"
                       "#measureTile:focus { border: 2px solid #2c6fad; }"));
    setToolTip(tr("Open the full chart of %1").arg(chart.measure.name));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(3);

    auto* head = new QHBoxLayout;
    auto* name = new QLabel(chart.measure.name, this);
    name->setObjectName(QStringLiteral("tileNameLabel"));
    name->setWordWrap(true);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setMinimumHeight(name->fontMetrics().height() * 2); // two lines, so tiles line up
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    head->addWidget(name, 1);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("badgeLabel"));
    const QColor colour = chart.result ? m_verdict.color() : QColor(0x75, 0x75, 0x75);
    m_badge->setText(chart.result ? m_verdict.badgeText() : tr("– No chart"));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 2px 7px; "
                       "font-weight: bold; }")
            .arg(colour.name()));
    m_badge->setAlignment(Qt::AlignCenter);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(head);

    auto* spark = new SparkChart(this);
    if (chart.result) {
        const QString first = RunChartSpecs::pointLabel(chart.series, 0);
        const QString last = RunChartSpecs::latestLabel(chart);
        spark->setChart(*chart.result, charts::MeasureChartSpec::plottedTarget(chart.measure),
                        charts::MeasureChartSpec::unit(chart.measure, chart.series.perEvent), first, last);
    }
    layout->addWidget(spark);

    auto* reason = new QLabel(chart.result ? m_verdict.reason() : RunChartSpecs::problemText(chart), this);
    reason->setObjectName(QStringLiteral("signalSummaryLabel"));
    reason->setWordWrap(true);
    reason->setMinimumHeight(reason->fontMetrics().height() * 2);
    reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(reason);

    if (!m_slipBack.isEmpty()) {
        auto* flag = new QLabel(QStringLiteral("⚠ ") + m_slipBack, this);
        flag->setObjectName(QStringLiteral("slipBackLabel"));
        flag->setWordWrap(true);
        flag->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        flag->setStyleSheet(
            QStringLiteral("QLabel { background: #fdecea; color: #6d1a12; border-left: 4px solid "
                           "#b02a1e; padding: 3px; }"));
        layout->addWidget(flag);
    }

    // The chart type and the latest value in words, for the mouse and for screen readers.
    setToolTip(toolTip() + QStringLiteral("\n") + RunChartSpecs::summaryLine(chart) +
               (chart.problem.isEmpty() ? QString() : QStringLiteral("\n") + chart.problem));
    setAccessibleName(chart.measure.name + QStringLiteral(": ") + m_badge->text() +
                      (m_slipBack.isEmpty() ? QString() : QStringLiteral(". ") + m_slipBack));
}

QString MeasureTile::badgeText() const {
    return m_badge->text();
}

void MeasureTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_measureId);
    QFrame::mouseReleaseEvent(event);
}

void MeasureTile::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_measureId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace medsafe::app
