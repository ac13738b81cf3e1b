#pragma once

#include "domain/Ids.h"
#include "services/measures/DashboardService.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace medsafe::app {

class MeasureTile;

// Ledelsesoverblik: a header strip (days since the last medication error, the programme's phase
// and month, how many measures show improvement) above a grid of small multiples, one tile
// per measure. The grid reflows with the width. Shows what it is given; RunChartsView loads.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void showData(const services::DashboardData& data);
    void showMessage(const QString& text);
    QList<MeasureTile*> tiles() const { return m_tiles; }

    static QString progressText(const services::ProgrammeProgress& progress);
    static QString daysText(const services::DashboardData& data);

signals:
    void measureActivated(domain::MeasureId measure);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clearTiles();
    void layoutTiles();
    int columnCount() const;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_daysLabel = nullptr;
    QLabel* m_daysCaption = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_slipBackLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<MeasureTile*> m_tiles;
    int m_columns = 0;
};

} // namespace medsafe::app
