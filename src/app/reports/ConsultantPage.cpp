#include "app/reports/ConsultantPage.h"

#include "app/DialogService.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantReportPanel.h"
#include "app/reports/SmallMultiplesPage.h"
#include "charts/ChartNumberFormat.h"
#include "logging/Logging.h"
#include "report/ReportFormat.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/workspace/Workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace medsafe::app {

ConsultantPage::ConsultantPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("consultantPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Load data packages…"), this);
    m_importButton->setObjectName(QStringLiteral("importPackagesButton"));
    m_importButton->setToolTip(tr("Read monthly-report packages from botilbud (several files at once)."));
    top->addWidget(m_importButton);
    top->addSpacing(12);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search botilbud (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_searchEdit->setMaximumWidth(300);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_searchEdit, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(find);
    top->addWidget(m_searchEdit);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    top->addWidget(m_countLabel);
    top->addStretch(1);
    auto* legend = new QLabel(tr("— no report · Draft · Sent · Feedback"), this);
    legend->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    top->addWidget(legend);
    layout->addLayout(top);

    m_importResults = new QListWidget(this);
    m_importResults->setObjectName(QStringLiteral("importResultsList"));
    m_importResults->setMaximumHeight(80);
    m_importResults->hide();
    layout->addWidget(m_importResults);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consultantTabWidget"));

    auto* reports = new QSplitter(Qt::Vertical, m_tabs);
    reports->setObjectName(QStringLiteral("consultantSplitter"));
    reports->setChildrenCollapsible(false);
    m_model = new ConsultantGridModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(ConsultantGridModel::kNameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(reports);
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows come sorted by name from the service; the names sit in the row header so they stay
    // in view while the months scroll sideways.
    m_table->verticalHeader()->setMinimumWidth(180);
    m_table->verticalHeader()->setMaximumWidth(260);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(104);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setMinimumHeight(120);
    // A light highlight: the status colour of a chosen cell must still read.
    m_table->setStyleSheet(QStringLiteral(
        "QTableView { selection-background-color: #ffe9a8; selection-color: black; }"));
    m_panel = new ConsultantReportPanel(workspace, dialogs, reports);
    reports->addWidget(m_table);
    reports->addWidget(m_panel);
    reports->setStretchFactor(0, 2);
    reports->setStretchFactor(1, 3);
    reports->setSizes({220, 380});
    m_tabs->addTab(reports, tr("Reports"));

    m_smallMultiples = new SmallMultiplesPage(m_tabs);
    m_tabs->addTab(m_smallMultiples, tr("Small multiples"));
    m_tabs->setTabToolTip(1, tr("One measure as small run charts across every botilbud"));
    layout->addWidget(m_tabs, 1);

    connect(m_importButton, &QPushButton::clicked, this, &ConsultantPage::importPackages);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_smallMultiples->setFilter(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
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
                        m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
                        m_changingCell = false;
                        return;
                    }
                    case DialogService::SaveChoice::Discard: m_panel->discardChanges(); break;
                    }
                }
                showCell(current);
            });
    connect(m_panel, &ConsultantReportPanel::reportChanged, this, [this](domain::BotilbudId botilbud, const QDate& month) {
        reloadGrid();
        m_changingCell = true;
        const QModelIndex source = m_model->indexOf(botilbud, month);
        if (source.isValid())
            m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(source), QItemSelectionModel::ClearAndSelect);
        m_changingCell = false;
    });
}

void ConsultantPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reloadGrid();
}

void ConsultantPage::invalidate() {
    m_panel->clear(tr("Choose a report in the grid to read it and write feedback."));
    resetCharts();
    if (isVisible()) reloadGrid();
}

void ConsultantPage::resetCharts() {
    auto botilbud = services::ConsultantOverviewService(m_workspace.database()).grid();
    QList<domain::Botilbud> list;
    if (botilbud)
        for (const services::ConsultantRow& row : botilbud->rows)
            list << row.botilbud;
    storage::Database* db = &m_workspace.database();
    m_smallMultiples->setBotilbud(list, [db](const domain::Botilbud& b) {
        auto charts = services::ConsultantOverviewService(*db).latestCharts(b);
        if (!charts) {
            logging::get("reports")->warn("no charts for {}: {}", b.name.toStdString(), charts.error().message.toStdString());
            return QList<services::MeasureChart>{};
        }
        return charts.value();
    });
    m_chartsStale = false;
}

void ConsultantPage::reloadGrid() {
    if (m_chartsStale) resetCharts();
    auto grid = services::ConsultantOverviewService(m_workspace.database()).grid();
    if (!grid) {
        logging::get("reports")->error("could not read the consultant grid: {}", grid.error().message.toStdString());
        m_dialogs.warning(this, tr("Consultant's overview"), tr("The reports could not be read: %1").arg(grid.error().display()));
        return;
    }
    const domain::BotilbudId botilbud = m_panel->botilbudId();
    const QDate month = m_panel->month();
    m_changingCell = true;
    m_model->setGrid(std::move(grid.value()));
    const QModelIndex source = m_model->indexOf(botilbud, month);
    if (source.isValid())
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(source), QItemSelectionModel::ClearAndSelect);
    else if (m_proxy->columnCount() > 0) // the newest months are the ones being worked on
        m_table->scrollTo(m_proxy->index(0, m_proxy->columnCount() - 1));
    m_changingCell = false;
    updateCount();
}

void ConsultantPage::updateCount() {
    int reports = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (const auto* row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            for (const services::ConsultantCell& cell : row->cells)
                reports += cell.status ? 1 : 0;
    m_countLabel->setText(tr("%n botilbud", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ") +
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
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
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
    m_lastImport = ReportPackageActions::importPackages(m_workspace, paths);
    m_importResults->clear();
    int imported = 0;
    for (const ReportPackageActions::FileResult& result : m_lastImport) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2%3")
                                             .arg(QFileInfo(result.path).fileName(),
                                                  ReportPackageActions::outcomeText(result.outcome),
                                                  result.detail.isEmpty() ? QString() : QStringLiteral(": ") + result.detail),
                                         m_importResults);
        item->setToolTip(result.path);
        using Outcome = ReportPackageActions::FileResult::Outcome;
        item->setForeground(result.outcome == Outcome::Refused    ? QColor(0xb0, 0x00, 0x20)
                            : result.outcome == Outcome::Imported ? QColor(0x1b, 0x5e, 0x20)
                                                                  : QColor(0x55, 0x55, 0x55));
        imported += result.outcome == Outcome::Imported ? 1 : 0;
    }
    m_importResults->setVisible(!m_lastImport.isEmpty());
    if (imported > 0) {
        m_workspace.noteBotilbudListChanged(); // packages can bring new botilbud to the selector
        m_chartsStale = true;
    }
    reloadGrid();
}

} // namespace medsafe::app
