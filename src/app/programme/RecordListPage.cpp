#include "app/programme/RecordListPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "services/workspace/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace medsafe::app {

RecordListPage::RecordListPage(DialogService& dialogs, services::AccessAction editAction, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs), m_editAction(editAction) {}

void RecordListPage::setUpList(const ListWidgets& widgets, QSortFilterProxyModel* proxy) {
    m_list = widgets;
    m_proxy = proxy;
    QTableView* table = m_list.table;
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();

    connect(m_list.search, &QLineEdit::textChanged, this, [this](const QString& text) {
        applySearch(text);
        updateCount();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListPage::onCurrentChanged);
    connect(table, &QTableView::doubleClicked, this, [this] { m_list.firstField->setFocus(); });
    connect(m_list.newButton, &QPushButton::clicked, this, &RecordListPage::newItem);
    connect(m_list.deleteButton, &QPushButton::clicked, this, &RecordListPage::deleteCurrent);
    connect(m_list.saveButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_list.revertButton, &QPushButton::clicked, this, &RecordListPage::discardChanges);
}

void RecordListPage::applySearch(const QString& text) {
    m_proxy->setFilterFixedString(text);
}

void RecordListPage::load(services::Workspace& workspace, domain::BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    if (!m_watchingSession) {
        m_watchingSession = true;
        connect(&workspace, &services::Workspace::sessionChanged, this,
                [this] { updateButtons(m_list.revertButton->isEnabled()); });
    }
    // The selection below replaces the form without asking about it.
    const QScopedValueRollback loading(m_loading, true);
    if (!readRecords(workspace, botilbud)) return;
    updateCount();
    if (const int row = initialRow(); row >= 0)
        selectRow(row);
    else
        fillBlank();
}

void RecordListPage::selectRow(int sourceRow) {
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    {
        const QScopedValueRollback loading(m_loading, true);
        m_list.table->setCurrentIndex(index);
        m_list.table->scrollTo(index);
    }
    fillRow(sourceRow);
}

void RecordListPage::onCurrentChanged() {
    const qint64 target = idAt(m_proxy->mapToSource(m_list.table->currentIndex()).row());
    if (m_loading || target == 0 || target == shownId()) return;
    if (!settle()) {
        // Stay on the record being edited.
        const QSignalBlocker blocker(m_list.table->selectionModel());
        m_list.table->setCurrentIndex(
            m_proxy->mapFromSource(m_proxy->sourceModel()->index(rowOfId(shownId()), 0)));
        return;
    }
    if (const int row = rowOfId(target); row >= 0) selectRow(row);
}

bool RecordListPage::settle() {
    return m_dialogs.settle(this, *this, tr("Unsaved changes"), unsavedQuestion());
}

bool RecordListPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    const std::optional<qint64> id = writeForm();
    if (!id) return false;
    load(*m_workspace, m_botilbud);
    if (const int row = rowOfId(*id); row >= 0) selectRow(row);
    emit saved();
    return true;
}

void RecordListPage::newItem() {
    if (!m_workspace || !settleBeforeNew()) return;
    {
        const QScopedValueRollback loading(m_loading, true);
        m_list.table->clearSelection();
    }
    fillNew();
    m_list.firstField->setFocus();
}

void RecordListPage::focusSearch() {
    m_list.search->setFocus();
    m_list.search->selectAll();
}

void RecordListPage::deleteCurrent() {
    if (!m_workspace || shownId() == 0) return;
    if (!deleteShown()) return;
    load(*m_workspace, m_botilbud);
    emit saved();
}

void RecordListPage::updateButtons(bool dirty) {
    m_list.revertButton->setEnabled(dirty);
    if (!m_workspace) {
        m_list.saveButton->setEnabled(false);
        m_list.deleteButton->setEnabled(shownId() != 0);
        return;
    }
    const auto may = m_workspace->may(m_editAction, m_botilbud);
    gateControl(m_list.saveButton, may, dirty);
    gateControl(m_list.deleteButton, may, shownId() != 0);
    gateControl(m_list.newButton, may);
}

void RecordListPage::showIssues(const domain::ValidationIssues& issues, QLabel* label,
                                std::initializer_list<const char*> fields) {
    QStringList messages;
    for (const auto& issue : issues)
        for (const char* field : fields)
            if (issue.field == QLatin1String(field)) messages << issue.message;
    label->setText(messages.join(u'\n'));
    label->setVisible(!messages.isEmpty());
}

} // namespace medsafe::app
