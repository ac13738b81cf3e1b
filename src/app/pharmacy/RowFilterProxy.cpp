#include "app/pharmacy/RowFilterProxy.h"

namespace medsafe::app {

RowFilterProxy::RowFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void RowFilterProxy::setSearch(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void RowFilterProxy::setRowFilter(std::function<bool(int)> accepts) {
    m_accepts = std::move(accepts);
    invalidateFilter();
}

void RowFilterProxy::refilter() {
    invalidateFilter();
}

bool RowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_accepts && !m_accepts(sourceRow)) return false;
    if (m_search.isEmpty()) return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_search, Qt::CaseInsensitive)) return true;
    }
    // The full text of a long cell (a question and its answer) is in its tooltip.
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString tip = model->index(sourceRow, column, sourceParent).data(Qt::ToolTipRole).toString();
        if (tip.contains(m_search, Qt::CaseInsensitive)) return true;
    }
    return false;
}

bool RowFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    if (a.isValid() && b.isValid()) return QVariant::compare(a, b) == QPartialOrdering::Less;
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace medsafe::app
