#pragma once

#include <QSortFilterProxyModel>

namespace medsafe::models {

// Search and sorting over PdsaTreeModel: a cycle matches on any column, its change idea and the
// cycles it follows stay visible around it, and a matching change idea shows all its cycles.
// GUI thread.
class PdsaFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PdsaFilterModel(QObject* parent = nullptr);
    // The PDSA cycles (not groups) the search leaves visible.
    int visibleCycleCount() const;

private:
    int countCycles(const QModelIndex& parent) const;
};

} // namespace medsafe::models
