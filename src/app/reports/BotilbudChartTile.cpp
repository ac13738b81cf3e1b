#include "app/reports/BotilbudChartTile.h"

#include "app/runcharts/RunChartSpecs.h"
#include "app/runcharts/SparkChart.h"
#include "charts/MeasureChartSpec.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

BotilbudChartTile::BotilbudChartTile(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("botilbudChartTile"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#botilbudChartTile { background: white; border: 1px solid #c8c8c8; border-radius: 4px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    auto* head = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("tileNameLabel"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    head->addWidget(m_name, 1);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("badgeLabel"));
    m_badge->setAlignment(Qt::AlignCenter);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(head);
    m_spark = new SparkChart(this);
    m_spark->setFixedHeight(72);
    layout->addWidget(m_spark);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("signalSummaryLabel"));
    m_reason->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    m_reason->setTextFormat(Qt::PlainText);
    // One line, cut with "…" at the tile's edge (the tooltip has it all), so tiles keep one
    // height and a long sentence never widens its column.
    m_reason->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_reason);
}

void BotilbudChartTile::setBotilbud(const QString& name) {
    m_name->setText(name);
    m_name->setToolTip(name);
}

QString BotilbudChartTile::botilbudName() const {
    return m_name->text();
}

QString BotilbudChartTile::badgeText() const {
    return m_badge->text();
}

void BotilbudChartTile::setBadge(const QString& text, const QColor& colour) {
    m_badge->setText(text);
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
            .arg(colour.name()));
}

void BotilbudChartTile::setChart(const services::MeasureChart* chart) {
    const QColor grey(0x75, 0x75, 0x75);
    if (!chart) {
        m_verdict.reset();
        setBadge(tr("– Not measured"), grey);
        m_spark->setChart({}, std::nullopt, {}, {}, {});
        setReason(tr("The botilbud has no measure of this name."));
        setToolTip(m_reasonText);
        return;
    }
    if (!chart->result) {
        m_verdict.reset();
        setBadge(tr("– No chart"), grey);
        m_spark->setChart({}, std::nullopt, {}, {}, {});
        setReason(RunChartSpecs::problemText(*chart));
        setToolTip(m_reasonText);
        return;
    }
    const charts::SignalVerdict verdict = RunChartSpecs::verdictFor(*chart);
    m_verdict = verdict.kind;
    setBadge(verdict.badgeText(), verdict.color());
    m_spark->setChart(*chart->result, charts::MeasureChartSpec::plottedTarget(chart->measure),
                      charts::MeasureChartSpec::unit(chart->measure, chart->series.perEvent),
                      RunChartSpecs::pointLabel(chart->series, 0), RunChartSpecs::latestLabel(*chart));
    const QString reason = verdict.reason();
    setReason(reason);
    setToolTip(m_name->text() + QStringLiteral("\n") + RunChartSpecs::summaryLine(*chart) + QStringLiteral("\n") + reason);
}

void BotilbudChartTile::setReason(const QString& text) {
    m_reasonText = text;
    fitReason();
}

void BotilbudChartTile::fitReason() {
    m_reason->setText(m_reason->fontMetrics().elidedText(m_reasonText, Qt::ElideRight, std::max(40, m_reason->width())));
}

void BotilbudChartTile::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    fitReason();
}

} // namespace medsafe::app
