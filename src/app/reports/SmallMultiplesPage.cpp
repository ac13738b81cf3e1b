#include "app/reports/SmallMultiplesPage.h"

#include "app/reports/BotilbudChartTile.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

namespace {
constexpr int kTileMinWidth = 250;
constexpr int kFirstBatch = 12; // about the tiles the first screen shows
constexpr int kBatch = 10;
constexpr int kMaxColumns = 6;
} // namespace

SmallMultiplesPage::SmallMultiplesPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("smallMultiplesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Measure:"), this);
    m_measureBox = new QComboBox(this);
    m_measureBox->setObjectName(QStringLiteral("measureComboBox"));
    m_measureBox->setMinimumContentsLength(40);
    m_measureBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_measureBox);
    top->addWidget(label);
    top->addWidget(m_measureBox);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("verdictCountsLabel"));
    top->addSpacing(12);
    top->addWidget(m_summaryLabel, 1);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("smallMultiplesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 4, 0, 4);
    m_gridLayout->setSpacing(8);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll, 1);

    connect(m_measureBox, &QComboBox::currentIndexChanged, this, [this] { showMeasure(); });
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, [this] {
        loadBatch(kBatch);
        showMeasure();
    });
}

void SmallMultiplesPage::setBotilbud(const QList<domain::Botilbud>& botilbud, ChartLoader loader) {
    m_botilbud = botilbud;
    m_loader = std::move(loader);
    m_charts.clear();
    m_loaded = false;
    m_loadTimer.stop();
    m_readCount = 0;
    if (isVisible()) ensureLoaded();
}

void SmallMultiplesPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    ensureLoaded();
}

void SmallMultiplesPage::ensureLoaded() {
    if (m_loaded || !m_loader) return;
    m_loaded = true;
    m_loadClock.start();
    m_readCount = 0;
    m_measureNames.clear();
    {
        const QSignalBlocker block(m_measureBox);
        m_measureBox->clear();
    }
    // Reuse the tiles: the ones beyond the botilbud are removed; new ones are made as their
    // botilbud are read (loadBatch), so the first answer builds only a screenful.
    while (m_tiles.size() > m_botilbud.size()) {
        BotilbudChartTile* tile = m_tiles.takeLast();
        m_gridLayout->removeWidget(tile);
        delete tile;
    }
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setBotilbud(m_botilbud[i].name);
    loadBatch(kFirstBatch);
    showMeasure();
    if (m_readCount < m_botilbud.size()) m_loadTimer.start();
}

void SmallMultiplesPage::finishLoading() {
    ensureLoaded();
    if (!m_loadTimer.isActive()) return;
    loadBatch(static_cast<int>(m_botilbud.size()));
    showMeasure();
}

void SmallMultiplesPage::loadBatch(int count) {
    const QString previous = currentMeasure();
    const qsizetype namesBefore = m_measureNames.size();
    for (int n = 0; n < count && m_readCount < m_botilbud.size(); ++n, ++m_readCount) {
        const domain::Botilbud& b = m_botilbud[m_readCount];
        QList<services::MeasureChart> charts = m_loader(b);
        for (const services::MeasureChart& chart : charts)
            if (!m_measureNames.contains(chart.measure.name)) m_measureNames << chart.measure.name;
        m_charts.insert(b.id.value, std::move(charts));
    }
    const qsizetype tilesBefore = m_tiles.size();
    while (m_tiles.size() < m_readCount) {
        auto* tile = new BotilbudChartTile(m_grid);
        tile->setBotilbud(m_botilbud[m_tiles.size()].name);
        m_tiles << tile;
    }
    if (m_tiles.size() != tilesBefore || m_columns == 0) layoutTiles(true);
    if (m_measureNames.size() != namesBefore) {
        const QSignalBlocker block(m_measureBox);
        m_measureBox->addItems(m_measureNames.mid(namesBefore));
        const int index = m_measureBox->findText(previous);
        m_measureBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_readCount >= m_botilbud.size()) {
        m_loadTimer.stop();
        m_loadMs = m_loadClock.elapsed();
    }
}

QString SmallMultiplesPage::currentMeasure() const {
    return m_measureBox->currentText();
}

bool SmallMultiplesPage::selectMeasure(const QString& name) {
    ensureLoaded();
    // A measure only some botilbud have may not be listed before every botilbud is read.
    if (m_measureBox->findText(name) < 0) finishLoading();
    const int index = m_measureBox->findText(name);
    if (index < 0) return false;
    m_measureBox->setCurrentIndex(index);
    return true;
}

void SmallMultiplesPage::setFilter(const QString& text) {
    m_filter = text.trimmed();
    if (!m_loaded) return;
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setVisible(m_filter.isEmpty() || m_botilbud[i].name.contains(m_filter, Qt::CaseInsensitive));
    layoutTiles(true);
    showMeasure();
}

QList<BotilbudChartTile*> SmallMultiplesPage::visibleTiles() const {
    QList<BotilbudChartTile*> shown;
    for (int i = 0; i < m_tiles.size(); ++i)
        if (m_filter.isEmpty() || m_botilbud[i].name.contains(m_filter, Qt::CaseInsensitive)) shown << m_tiles[i];
    return shown;
}

void SmallMultiplesPage::showMeasure() {
    if (!m_loaded) return;
    QElapsedTimer timer;
    timer.start();
    const QString name = currentMeasure();
    int better = 0, worse = 0, none = 0, without = 0, shown = 0;
    for (int i = 0; i < m_tiles.size(); ++i) {
        const bool visible = m_filter.isEmpty() || m_botilbud[i].name.contains(m_filter, Qt::CaseInsensitive);
        if (!visible) continue; // hidden tiles are brought up to date when the filter shows them
        ++shown;
        if (i >= m_readCount) continue; // still to be read; the tile shows its name meanwhile
        const QList<services::MeasureChart>& charts = m_charts[m_botilbud[i].id.value];
        const auto found = std::find_if(charts.begin(), charts.end(),
                                        [&](const services::MeasureChart& c) { return c.measure.name == name; });
        m_tiles[i]->setChart(found != charts.end() ? &*found : nullptr);
        if (!m_tiles[i]->verdict()) {
            ++without;
            continue;
        }
        switch (*m_tiles[i]->verdict()) {
        case charts::SignalVerdict::Kind::Improvement: ++better; break;
        case charts::SignalVerdict::Kind::Worsening: ++worse; break;
        case charts::SignalVerdict::Kind::NoSignal: ++none; break;
        }
    }
    QString summary = tr("%n botilbud: %1 ▲ improvement, %2 ▼ worsening, %3 ● no signal, %4 without a chart",
                         nullptr, shown)
                          .arg(better)
                          .arg(worse)
                          .arg(none)
                          .arg(without);
    if (m_readCount < m_botilbud.size())
        summary += QStringLiteral(" · ") + tr("reading %1 of %2 botilbud…").arg(m_readCount).arg(m_botilbud.size());
    m_summaryLabel->setText(summary);
    m_switchMs = timer.elapsed();
}

int SmallMultiplesPage::columnCount() const {
    const QWidget* viewport = m_grid->parentWidget();
    const int available = std::max(1, viewport ? viewport->width() : width());
    return std::clamp(available / kTileMinWidth, 1, kMaxColumns);
}

void SmallMultiplesPage::layoutTiles(bool force) {
    const int columns = columnCount();
    if (!force && columns == m_columns) return;
    m_columns = columns;
    for (BotilbudChartTile* tile : m_tiles)
        m_gridLayout->removeWidget(tile);
    int n = 0;
    for (BotilbudChartTile* tile : visibleTiles()) {
        m_gridLayout->addWidget(tile, n / columns, n % columns);
        ++n;
    }
    for (int c = 0; c < kMaxColumns; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r <= (n + columns - 1) / columns; ++r)
        m_gridLayout->setRowStretch(r, 0);
    m_gridLayout->setRowStretch((n + columns - 1) / columns, 1);
}

void SmallMultiplesPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutTiles(false);
}

} // namespace medsafe::app
