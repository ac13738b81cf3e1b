#pragma once

#include <QSortFilterProxyModel>

namespace medsafe::app {

// Filters the training log by search text (person or course), provider and overdue-only.
// GUI thread.
class TrainingFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString& text);
    void setProvider(int provider); // -1: all
    void setOverdueOnly(bool overdueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    int m_provider = -1;
    bool m_overdueOnly = false;
};

} // namespace medsafe::app
