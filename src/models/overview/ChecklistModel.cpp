#include "models/overview/ChecklistModel.h"

#include "domain/DomainLabels.h"

#include <QLocale>

#include <algorithm>

namespace medsafe::models {

using namespace medsafe::domain;

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractListModel(parent) {}

void ChecklistModel::setItems(const QList<ChecklistItem>& items, const QStringList& automaticReasons) {
    beginResetModel();
    m_items = items;
    m_automatic = automaticReasons;
    endResetModel();
}

bool ChecklistModel::isAutomatic(int row) const {
    return row >= 0 && row < m_automatic.size() && !m_automatic.at(row).isEmpty() && row < m_items.size() &&
           m_items.at(row).isDone();
}

int ChecklistModel::doneCount() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const auto& i) { return i.isDone(); }));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size()) return {};
    const ChecklistItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!item.isDone()) return DomainLabels::label(item.kind);
        if (isAutomatic(index.row()))
            return tr("%1 — done %2 (automatically)")
                .arg(DomainLabels::label(item.kind),
                     QLocale().toString(item.doneDate, QStringLiteral("d. MMMM yyyy")));
        return tr("%1 — done %2")
            .arg(DomainLabels::label(item.kind), QLocale().toString(item.doneDate, QStringLiteral("d. MMMM yyyy")));
    case Qt::CheckStateRole: return item.isDone() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (isAutomatic(index.row())) lines << tr("Ticked automatically: %1.").arg(m_automatic.at(index.row()));
        if (!item.note.isEmpty()) lines << item.note;
        lines << tr("Double-click to open where this is done.");
        return lines.join(u'\n');
    }
    case KindRole: return toCode(item.kind);
    case DoneDateRole: return item.doneDate;
    default: return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::CheckStateRole) return false;
    if (isAutomatic(index.row())) return false; // the data says it is done
    ChecklistItem& item = m_items[index.row()];
    const bool done = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (done == item.isDone()) return false;
    item.doneDate = done ? (m_today.isValid() ? m_today : QDate::currentDate()) : QDate();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::CheckStateRole, DoneDateRole});
    emit itemChanged(item);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    if (isAutomatic(index.row())) return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace medsafe::models
