#pragma once

#include "app/reports/ReportPackageActions.h"
#include "domain/Botilbud.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ConsultantPage;
}

namespace medsafe::services {
class Workspace;
struct ConsultantGrid;
}

namespace medsafe::app {

class ConsultantGridModel;
class ConsultantReportPanel;
class DialogService;
class SmallMultiplesPage;
class SpreadMatrixPage;

// "Konsulentens overblik": the PS! consultant's view across botilbud. Loads data packages
// (many files at once, a result per file), shows botilbud × months with each report's status,
// and for a chosen cell the report with a feedback editor; the sub-tab "Små diagrammer" shows
// one measure across botilbud. Botilbud of this database appear beside those from packages.
// The grid is re-read each time the page is shown (it is cheap); charts only after an import
// or a new database. GUI thread.
class ConsultantPage : public QWidget {
    Q_OBJECT

public:
    ConsultantPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ConsultantPage() override;

    ConsultantGridModel* gridModel() const { return m_model; }
    ConsultantReportPanel* reportPanel() const { return m_panel; }
    SmallMultiplesPage* smallMultiples() const;
    // The tab "Spredning": change ideas × botilbud and the spread plan (issue 16).
    SpreadMatrixPage* spreadMatrix() const { return m_spread; }
    QTableView* table() const;
    bool hasUnsavedChanges() const;
    bool saveChanges();
    void discardChanges();
    // Selects the cell of `botilbud` and `month` and shows its report; false when not in the grid.
    bool selectReport(domain::BotilbudId botilbud, const QDate& month);
    QList<ReportPackageActions::FileResult> lastImport() const { return m_lastImport; }

public slots:
    void invalidate();
    void reloadGrid();
    // Asks for the files; importPackageFiles does the work.
    void importPackages();
    void importPackageFiles(const QStringList& paths);
    // Asks for a folder and writes every botilbud's latest report into it (AllReportsExport),
    // with a progress bar that can stop it.
    void exportAllReports();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCell(const QModelIndex& proxyIndex);
    void updateCount();
    void resetCharts(const services::ConsultantGrid& grid);

    const std::unique_ptr<Ui::ConsultantPage> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    ConsultantGridModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    ConsultantReportPanel* m_panel = nullptr;
    SpreadMatrixPage* m_spread = nullptr;
    QList<ReportPackageActions::FileResult> m_lastImport;
    bool m_chartsStale = true;
    bool m_changingCell = false;
};

} // namespace medsafe::app
