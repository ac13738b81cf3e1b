#include "app/reports/ConsultantPage.h"

#include "app/DialogService.h"
#include "app/reports/AllReportsExport.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantReportPanel.h"
#include "app/reports/SmallMultiplesPage.h"
#include "app/spread/SpreadMatrixPage.h"
#include "charts/ChartNumberFormat.h"
#include "logging/Logging.h"
#include "report/ReportFormat.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/workspace/Workspace.h"
#include "ui_ConsultantPage.h"

#include <QAction>
#include <QDir>
#include <QProgressDialog>
#include <QThread>

#include <algorithm>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace medsafe::app {

ConsultantPage::ConsultantPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConsultantPage>()), m_workspace(workspace),
      m_dialogs(dialogs) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("consultantPage"));
    m_ui->importResultsList->hide();
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_ui->searchEdit, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    addAction(find);

    m_model = new ConsultantGridModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(ConsultantGridModel::kNameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    QTableView* table = m_ui->statusTable;
    table->setModel(m_proxy);
    // Rows come sorted by name from the service; the names sit in the row header so they stay
    // in view while the months scroll sideways.
    table->verticalHeader()->setMinimumWidth(180);
    table->verticalHeader()->setMaximumWidth(260);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    m_panel = new ConsultantReportPanel(workspace, dialogs, m_ui->consultantSplitter);
    m_ui->consultantSplitter->addWidget(m_panel);
    m_ui->consultantSplitter->setStretchFactor(0, 2);
    m_ui->consultantSplitter->setStretchFactor(1, 3);
    m_ui->consultantSplitter->setSizes({220, 380});
    m_spread = new SpreadMatrixPage(workspace, dialogs, m_ui->consultantTabWidget);
    m_ui->consultantTabWidget->addTab(m_spread, tr("Spread"));

    connect(m_ui->importPackagesButton, &QPushButton::clicked, this, &ConsultantPage::importPackages);
    connect(m_ui->exportAllButton, &QPushButton::clicked, this, &ConsultantPage::exportAllReports);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_ui->smallMultiplesPage->setFilter(text);
        updateCount();
    });
    connect(m_ui->statusTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                if (m_changingCell) return;
                if (m_panel->hasUnsavedChanges()) {
                    switch (m_dialogs.askToSave(this, tr("Unsaved changes"),
                                                tr("The feedback has changes that are not saved. Save them now?"))) {
                    case DialogService::SaveChoice::Save:
                        if (m_panel->saveFeedback()) break;
                        [[fallthrough]];
                    case DialogService::SaveChoice::Cancel: {
                        m_changingCell = true;
                        m_ui->statusTable->selectionModel()->setCurrentIndex(
                            previous, QItemSelectionModel::ClearAndSelect);
                        m_changingCell = false;
                        return;
                    }
                    case DialogService::SaveChoice::Discard: m_panel->discardChanges(); break;
                    }
                }
                showCell(current);
            });
    connect(m_panel, &ConsultantReportPanel::reportChanged, this,
            [this](domain::BotilbudId botilbud, const QDate& month) {
                reloadGrid();
                m_changingCell = true;
                const QModelIndex source = m_model->indexOf(botilbud, month);
                if (source.isValid())
                    m_ui->statusTable->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(source),
                                                                         QItemSelectionModel::ClearAndSelect);
                m_changingCell = false;
            });
}

ConsultantPage::~ConsultantPage() = default;

QTableView* ConsultantPage::table() const {
    return m_ui->statusTable;
}

SmallMultiplesPage* ConsultantPage::smallMultiples() const {
    return m_ui->smallMultiplesPage;
}

void ConsultantPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reloadGrid();
}

void ConsultantPage::invalidate() {
    m_panel->clear(tr("Choose a report in the grid to read it and write feedback."));
    // The small multiples read every botilbud's list again; hidden, that waits until shown.
    m_chartsStale = true;
    if (isVisible()) reloadGrid();
}

void ConsultantPage::resetCharts(const services::ConsultantGrid& grid) {
    QList<domain::Botilbud> list;
    for (const services::ConsultantRow& row : grid.rows) list << row.botilbud;
    // Read later, batch by batch: through the workspace, so a database replaced meanwhile is
    // the one read (the page is reset when that happens).
    services::Workspace* workspace = &m_workspace;
    m_ui->smallMultiplesPage->setBotilbud(list, [workspace](const domain::Botilbud& b) {
        auto charts = workspace->consultantOverview().latestCharts(b);
        if (!charts) {
            logging::get("reports")->warn("no charts for {}: {}", b.name.toStdString(), charts.error().message.toStdString());
            return QList<services::MeasureChart>{};
        }
        return charts.value();
    });
    m_chartsStale = false;
}

void ConsultantPage::reloadGrid() {
    auto grid = m_workspace.consultantOverview().grid();
    if (!grid) {
        logging::get("reports")->error("could not read the consultant grid: {}", grid.error().message.toStdString());
        m_dialogs.warning(this, tr("Consultant's overview"), tr("The reports could not be read: %1").arg(grid.error().display()));
        return;
    }
    // One read of the grid serves both tabs: the small multiples list the same botilbud.
    if (m_chartsStale) resetCharts(grid.value());
    const domain::BotilbudId botilbud = m_panel->botilbudId();
    const QDate month = m_panel->month();
    m_changingCell = true;
    m_model->setGrid(std::move(grid.value()));
    const QModelIndex source = m_model->indexOf(botilbud, month);
    if (source.isValid())
        m_ui->statusTable->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(source),
                                                             QItemSelectionModel::ClearAndSelect);
    else if (m_proxy->columnCount() > 0) // the newest months are the ones being worked on
        m_ui->statusTable->scrollTo(m_proxy->index(0, m_proxy->columnCount() - 1));
    m_changingCell = false;
    updateCount();
}

void ConsultantPage::updateCount() {
    int reports = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (const auto* row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            for (const services::ConsultantCell& cell : row->cells)
                reports += cell.status ? 1 : 0;
    m_ui->countLabel->setText(tr("%n botilbud", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ") +
                              tr("%n report(s) in the grid", nullptr, reports));
}

void ConsultantPage::showCell(const QModelIndex& proxyIndex) {
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const services::ConsultantRow* row = m_model->rowAt(source.row());
    const services::ConsultantCell* cell = m_model->cellAt(source);
    if (!row || !cell) {
        m_panel->clear(tr("Choose a month in the botilbud's row to read its report."));
        return;
    }
    if (!cell->status) {
        m_panel->clear(tr("%1 has no report for %2.").arg(row->botilbud.name, charts::ChartNumberFormat::monthName(cell->month)));
        return;
    }
    m_panel->showReport(row->botilbud, cell->month);
}

bool ConsultantPage::selectReport(domain::BotilbudId botilbud, const QDate& month) {
    const QModelIndex source = m_model->indexOf(botilbud, month);
    if (!source.isValid()) return false;
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) return false;
    m_ui->statusTable->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
    return m_panel->botilbudId() == botilbud && m_panel->month() == month;
}

bool ConsultantPage::hasUnsavedChanges() const {
    return m_panel->hasUnsavedChanges();
}

bool ConsultantPage::saveChanges() {
    return m_panel->saveFeedback();
}

void ConsultantPage::discardChanges() {
    m_panel->discardChanges();
}

void ConsultantPage::importPackages() {
    const QStringList paths = m_dialogs.openFileNames(this, tr("Load data packages"),
                                                      tr("Medicinsikker data packages (*.json);;All files (*)"));
    if (!paths.isEmpty()) importPackageFiles(paths);
}

void ConsultantPage::importPackageFiles(const QStringList& paths) {
    ReportPackageActions::confirmSenders(this, m_workspace, m_dialogs, paths);
    m_lastImport = ReportPackageActions::importPackages(m_workspace, paths);
    m_ui->importResultsList->clear();
    int imported = 0;
    for (const ReportPackageActions::FileResult& result : m_lastImport) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2%3")
                .arg(QFileInfo(result.path).fileName(), ReportPackageActions::outcomeText(result.outcome),
                     result.detail.isEmpty() ? QString() : QStringLiteral(": ") + result.detail),
            m_ui->importResultsList);
        item->setToolTip(result.path);
        using Outcome = ReportPackageActions::FileResult::Outcome;
        item->setForeground(result.outcome == Outcome::Refused    ? QColor(0xb0, 0x00, 0x20)
                            : result.outcome == Outcome::Imported ? QColor(0x1b, 0x5e, 0x20)
                                                                  : QColor(0x55, 0x55, 0x55));
        imported += result.outcome == Outcome::Imported ? 1 : 0;
    }
    m_ui->importResultsList->setVisible(!m_lastImport.isEmpty());
    if (imported > 0) {
        m_workspace.noteBotilbudListChanged(); // packages can bring new botilbud to the selector
        m_chartsStale = true;
    }
    reloadGrid();
}

void ConsultantPage::exportAllReports() {
    const QString folder = m_dialogs.existingFolder(this, tr("Folder for all reports"));
    if (folder.isEmpty()) return;
    const auto homes = m_workspace.organisation().allBotilbud();
    if (!homes || homes->isEmpty()) return;
    auto* job = new AllReportsExport(this);
    const int expected = static_cast<int>(homes->size());
    if (!job->start(m_workspace.databasePath(), m_workspace.serverAddress(), std::nullopt, folder,
                    std::min(expected, std::clamp(QThread::idealThreadCount(), 1, 8)))) {
        m_dialogs.warning(this, tr("All reports as PDF"),
                          tr("The report program medicinsikker-cli was not found beside Medicinsikker."));
        job->deleteLater();
        return;
    }
    auto* progress = new QProgressDialog(tr("Writing %n report(s)…", nullptr, expected), tr("Stop"), 0, expected, this);
    progress->setObjectName(QStringLiteral("exportAllProgress"));
    // Not modal: a modal progress dialog runs the event loop inside setValue(), where a worker's
    // end could delete it under its own feet. The button waits instead, and the rest of the
    // window stays usable while the workers write.
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(0);
    m_ui->exportAllButton->setEnabled(false);
    connect(job, &AllReportsExport::reportWritten, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &AllReportsExport::cancel);
    connect(job, &AllReportsExport::finished, this, [this, job, progress, expected, folder](bool ok, const QString& errors) {
        const int written = job->written();
        m_ui->exportAllButton->setEnabled(true);
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        if (ok) {
            m_dialogs.information(this, tr("All reports as PDF"),
                                  tr("%1 of %2 reports were written to %3.").arg(written).arg(expected).arg(QDir::toNativeSeparators(folder)));
            return;
        }
        logging::get("app")->warn("all reports: {}", errors.toStdString());
        m_dialogs.warning(this, tr("All reports as PDF"),
                          tr("%1 of %2 reports were written to %3 before it stopped.\n%4")
                              .arg(written)
                              .arg(expected)
                              .arg(QDir::toNativeSeparators(folder), errors.trimmed()));
    });
}

} // namespace medsafe::app
