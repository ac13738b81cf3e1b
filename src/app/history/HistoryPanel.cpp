#include "app/history/HistoryPanel.h"

#include "app/history/HistoryTableModel.h"
#include "services/audit/HistoryLabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent), m_model(new HistoryTableModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    m_detailsTitle = new QLabel(lower);
    m_detailsTitle->setObjectName(QStringLiteral("historyDetailsTitle"));
    m_detailsTitle->setWordWrap(true);
    m_details = new QTableWidget(0, 3, lower);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_details->setWordWrap(true);
    lowerLayout->addWidget(m_detailsTitle);
    lowerLayout->addWidget(m_details, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showDetails);
}

void HistoryPanel::setEntries(QList<services::HistoryEntry> entries) {
    m_model->setEntries(std::move(entries));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        showDetails();
}

void HistoryPanel::showDetails() {
    const services::HistoryEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    m_details->setRowCount(0);
    if (!entry) {
        m_detailsTitle->setText(tr("No change chosen."));
        return;
    }
    QString title = tr("%1 · %2 by %3")
                        .arg(services::HistoryLabels::recordName(entry->table, entry->rowKey),
                             services::HistoryLabels::actionName(entry->action), entry->who);
    if (entry->redacted)
        title += QStringLiteral(" · ") +
                 tr("The incident's text and reporter belong to its own botilbud and are withheld.");
    m_detailsTitle->setText(title);
    m_details->setRowCount(static_cast<int>(entry->changes.size()));
    for (int row = 0; row < entry->changes.size(); ++row) {
        const services::HistoryChange& change = entry->changes[row];
        m_details->setItem(row, 0, new QTableWidgetItem(services::HistoryLabels::fieldName(change.field)));
        m_details->setItem(row, 1, new QTableWidgetItem(change.before));
        m_details->setItem(row, 2, new QTableWidgetItem(change.after));
    }
    m_details->resizeRowsToContents();
}

} // namespace medsafe::app
