#pragma once

#include "domain/Botilbud.h"
#include "services/measures/DashboardService.h"

#include <QHash>
#include <QList>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace medsafe::app {

class BotilbudChartTile;

// "Små diagrammer": one measure, chosen by name from every botilbud's measures, as small run
// charts side by side — one tile per botilbud with its verdict badge. The charts of every
// botilbud are read once (through the loader) and kept, and the tiles are reused, so changing
// the measure only repaints. The first show reads the first botilbud at once and the rest in
// small batches, one per turn of the event loop, so the page answers at once even with 100
// botilbud (reading them all took ~0.3 s). GUI thread.
class SmallMultiplesPage : public QWidget {
    Q_OBJECT

public:
    // Reads one botilbud's current charts; an empty list when it has none or cannot be read.
    using ChartLoader = std::function<QList<services::MeasureChart>(const domain::Botilbud&)>;

    explicit SmallMultiplesPage(QWidget* parent = nullptr);

    // Forgets the cached charts; they are read again the next time the page is shown.
    void setBotilbud(const QList<domain::Botilbud>& botilbud, ChartLoader loader);
    void setFilter(const QString& text);
    bool selectMeasure(const QString& name);
    QString currentMeasure() const;
    QStringList measureNames() const { return m_measureNames; }
    QList<BotilbudChartTile*> tiles() const { return m_tiles; }
    QList<BotilbudChartTile*> visibleTiles() const;
    // Starts reading the charts if they are not cached (the page does this when first shown).
    void ensureLoaded();
    // Reads whatever is still to be read, now.
    void finishLoading();
    bool loading() const { return m_loadTimer.isActive(); }
    qint64 lastLoadMs() const { return m_loadMs; }
    qint64 lastSwitchMs() const { return m_switchMs; }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showMeasure();
    void loadBatch(int count);
    void layoutTiles(bool force);
    int columnCount() const;

    QComboBox* m_measureBox = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<domain::Botilbud> m_botilbud;
    ChartLoader m_loader;
    QHash<qint64, QList<services::MeasureChart>> m_charts; // by botilbud id
    bool m_loaded = false;
    int m_readCount = 0; // botilbud whose charts are read, in m_botilbud order
    QTimer m_loadTimer;
    QElapsedTimer m_loadClock;
    QStringList m_measureNames;
    QList<BotilbudChartTile*> m_tiles; // one per botilbud, same order
    QString m_filter;
    int m_columns = 0;
    qint64 m_loadMs = 0;
    qint64 m_switchMs = 0;
};

} // namespace medsafe::app
