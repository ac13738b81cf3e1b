#include "app/runcharts/DashboardPage.h"

#include "app/runcharts/MeasureTile.h"
#include "charts/ChartNumberFormat.h"
#include "charts/SignalVerdict.h"
#include "services/sustain/SustainedChanges.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

namespace {
constexpr int kTileMinWidth = 330;

QString longDate(const QDate& date) {
    return QLocale(QLocale::Danish).toString(date, QStringLiteral("d. MMMM yyyy"));
}
} // namespace

DashboardPage::DashboardPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->setSpacing(4);

    auto* strip = new QFrame(this);
    strip->setObjectName(QStringLiteral("dashboardHeader"));
    strip->setStyleSheet(
        QStringLiteral("#dashboardHeader { background: palette(alternate-base); border: 1px solid "
                       "palette(mid); border-radius: 4px; }"));
    auto* stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(14, 4, 14, 4);
    stripLayout->setSpacing(24);

    auto* daysBox = new QVBoxLayout;
    m_daysLabel = new QLabel(strip);
    m_daysLabel->setObjectName(QStringLiteral("daysSinceErrorLabel"));
    QFont big = m_daysLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_daysLabel->setFont(big);
    m_daysCaption = new QLabel(strip);
    m_daysCaption->setObjectName(QStringLiteral("daysSinceErrorCaption"));
    daysBox->addWidget(m_daysLabel);
    daysBox->addWidget(m_daysCaption);
    stripLayout->addLayout(daysBox);

    daysBox->setSpacing(0);
    auto* middle = new QVBoxLayout;
    middle->setSpacing(1);
    m_titleLabel = new QLabel(strip);
    m_titleLabel->setObjectName(QStringLiteral("dashboardTitleLabel"));
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_phaseLabel = new QLabel(strip);
    m_phaseLabel->setObjectName(QStringLiteral("phaseProgressLabel"));
    m_countsLabel = new QLabel(strip);
    m_countsLabel->setObjectName(QStringLiteral("verdictCountsLabel"));
    middle->addWidget(m_titleLabel);
    middle->addWidget(m_phaseLabel);
    middle->addWidget(m_countsLabel);
    m_slipBackLabel = new QLabel(strip);
    m_slipBackLabel->setObjectName(QStringLiteral("slipBackCountLabel"));
    m_slipBackLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1f14; font-weight: bold; }"));
    m_slipBackLabel->hide();
    middle->addWidget(m_slipBackLabel);
    stripLayout->addLayout(middle, 1);
    layout->addWidget(strip);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("dashboardMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 6, 0, 6);
    m_gridLayout->setSpacing(10);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll, 1);
}

QString DashboardPage::progressText(const services::ProgrammeProgress& p) {
    using State = services::ProgrammeProgress::State;
    switch (p.state) {
    case State::NoProgramme:
        return tr("No programme registered");
    case State::NotStarted:
        return tr("The programme starts %1").arg(longDate(p.start));
    case State::Running:
        return tr("Phase %1 of 4 — month %2 of %3").arg(p.phase).arg(p.month).arg(p.months);
    case State::Ended:
        return tr("The programme ended %1 (all %2 months)").arg(longDate(p.end)).arg(p.months);
    }
    return {};
}

QString DashboardPage::daysText(const services::DashboardData& data) {
    return data.daysSinceLastError ? QString::number(*data.daysSinceLastError) : QStringLiteral("–");
}

void DashboardPage::showMessage(const QString& text) {
    clearTiles();
    m_titleLabel->setText(tr("Leadership overview"));
    m_daysLabel->setText(QStringLiteral("–"));
    m_daysCaption->setText(tr("Days since the last medication error"));
    m_phaseLabel->clear();
    m_countsLabel->clear();
    m_slipBackLabel->hide();
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void DashboardPage::showData(const services::DashboardData& data) {
    clearTiles();
    m_messageLabel->hide();
    m_titleLabel->setText(tr("Leadership overview — %1").arg(data.botilbud.name));
    m_daysLabel->setText(daysText(data));
    m_daysCaption->setText(
        data.lastErrorDate
            ? tr("Days since the last medication error (%1)")
                  .arg(QLocale(QLocale::Danish).toString(*data.lastErrorDate, QStringLiteral("d. MMM yyyy")))
            : tr("Days since the last medication error (none registered)"));
    m_phaseLabel->setText(progressText(data.progress));

    int better = 0;
    int worse = 0;
    int none = 0;
    // Read from the series already loaded: no query more, a few small charts computed.
    const auto slipping = services::SustainedChanges::slipBackSentences(data);
    for (const services::MeasureChart& chart : data.charts) {
        auto* tile = new MeasureTile(chart, data, m_grid, slipping.value(chart.measure.id));
        connect(tile, &MeasureTile::activated, this, &DashboardPage::measureActivated);
        m_tiles << tile;
        switch (tile->verdict()) {
        case charts::SignalVerdict::Kind::Improvement:
            ++better;
            break;
        case charts::SignalVerdict::Kind::Worsening:
            ++worse;
            break;
        case charts::SignalVerdict::Kind::NoSignal:
            ++none;
            break;
        }
    }
    m_countsLabel->setText(
        tr("%1 measures: %2 ▲ improvement, %3 ▼ worsening, %4 ● no signal. Click a chart to open it.")
            .arg(data.charts.size())
            .arg(better)
            .arg(worse)
            .arg(none));
    m_slipBackLabel->setText(tr("⚠ %n measure(s) slipping back after an adopted change: see the tiles below.",
                                nullptr, static_cast<int>(slipping.size())));
    m_slipBackLabel->setVisible(!slipping.isEmpty());
    if (data.charts.isEmpty()) {
        m_messageLabel->setText(tr("%1 has no active measures yet.").arg(data.botilbud.name));
        m_messageLabel->show();
    }
    m_columns = 0;
    layoutTiles();
}

void DashboardPage::clearTiles() {
    for (MeasureTile* tile : m_tiles) {
        m_gridLayout->removeWidget(tile);
        delete tile;
    }
    m_tiles.clear();
}

int DashboardPage::columnCount() const {
    const int available = std::max(1, m_grid->parentWidget() ? m_grid->parentWidget()->width() : width());
    return std::clamp(available / kTileMinWidth, 1, 4);
}

void DashboardPage::layoutTiles() {
    const int columns = columnCount();
    if (columns == m_columns) return;
    m_columns = columns;
    for (MeasureTile* tile : m_tiles)
        m_gridLayout->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_gridLayout->addWidget(m_tiles[i], i / columns, i % columns);
    for (int c = 0; c < 4; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    m_gridLayout->setRowStretch(static_cast<int>((m_tiles.size() + columns - 1) / columns), 1);
}

void DashboardPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutTiles();
}

} // namespace medsafe::app
