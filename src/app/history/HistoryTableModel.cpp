#include "app/history/HistoryTableModel.h"

#include "services/audit/HistoryLabels.h"

#include <QLocale>

namespace medsafe::app {

using services::HistoryLabels;

void HistoryTableModel::setEntries(QList<services::HistoryEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const services::HistoryEntry* HistoryTableModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const {
    const services::HistoryEntry* entry = entryAt(index.row());
    if (!entry) return {};
    if (role == Qt::ToolTipRole && index.column() == Who) return entry->login;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(entry->changedAt.toLocalTime(), QStringLiteral("d. MMM yyyy HH:mm:ss"));
    case Who:
        return entry->who;
    case Record:
        return HistoryLabels::recordName(entry->table, entry->rowKey);
    case Action:
        return HistoryLabels::actionName(entry->action);
    case Fields: {
        // An added or deleted record's values are in the details below; the list names what
        // an update changed.
        if (entry->action != QLatin1String("update")) return QString();
        QStringList fields;
        for (const services::HistoryChange& change : entry->changes)
            fields << HistoryLabels::fieldName(change.field);
        return fields.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Record:
        return tr("Record");
    case Action:
        return tr("What");
    case Fields:
        return tr("Fields");
    default:
        return {};
    }
}

} // namespace medsafe::app
