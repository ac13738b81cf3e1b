#pragma once

#include "domain/Ids.h"
#include "charts/ChartSpec.h"
#include "services/measures/DashboardService.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ChartPage;
}

namespace medsafe::storage {
class Database;
}

namespace medsafe::charts {
class ChartView;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The full chart of one measure: the chart with its legend and reading (ChartView), the choice
// of chart type (the run chart, or the control chart that suits the measure's kind), "Fastlås
// baseline" at a month, "Opdel" at a date, "Udelad punkt" with a required written reason, and
// removal of each of these; all saved with the measure at once. Export to PNG, SVG and PDF,
// and print. GUI thread; reads the database through the services on every change.
class ChartPage : public QWidget {
    Q_OBJECT

public:
    ChartPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ChartPage() override;

    // Loads and shows the measure; false (with a message) when it cannot be read.
    bool showMeasure(domain::MeasureId measure);
    domain::MeasureId measureId() const { return m_measureId; }
    const services::MeasureChart* chart() const;
    charts::ChartView* chartView() const;

    // The actions behind the buttons, for the buttons and the tests.
    bool freezeAt(int monthIndex);
    bool splitAt(int pointIndex);
    bool excludePoint(int pointIndex, const QString& reason);
    bool removeFreeze();
    bool removeSplit(const QDate& date);
    bool includeAgain(const QDate& period);
    bool chooseChart(domain::ChartType chart);
    bool exportAs(const QString& suffix);

signals:
    void backRequested();
    void settingsSaved(domain::MeasureId measure);

private:
    void reload();
    void fillControls();
    bool save(const domain::ChartSettings& settings);
    QList<QDate> freezeMonths() const;

    const std::unique_ptr<Ui::ChartPage> m_ui;
    services::Workspace& m_workspace;
    QList<charts::ChartAnnotation> m_visitMarkers;
    DialogService& m_dialogs;
    domain::MeasureId m_measureId;
    services::DashboardData m_data; // holds the one chart shown
};

} // namespace medsafe::app
