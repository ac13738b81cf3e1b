#include "models/pdsa/PdsaFilterModel.h"

#include "models/pdsa/PdsaTreeModel.h"

namespace medsafe::models {

PdsaFilterModel::PdsaFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(PdsaTreeModel::SortRole);
}

int PdsaFilterModel::visibleCycleCount() const {
    return countCycles({});
}

int PdsaFilterModel::countCycles(const QModelIndex& parent) const {
    int count = 0;
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (!child.data(PdsaTreeModel::IsGroupRole).toBool()) ++count;
        count += countCycles(child);
    }
    return count;
}

} // namespace medsafe::models
