#include "app/programme/TrainingFilterModel.h"

#include "models/programme/TrainingRecordModel.h"

namespace medsafe::app {

using models::TrainingRecordModel;

void TrainingFilterModel::setSearch(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void TrainingFilterModel::setProvider(int provider) {
    m_provider = provider;
    invalidateFilter();
}

void TrainingFilterModel::setOverdueOnly(bool overdueOnly) {
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool TrainingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_provider >= 0 && first.data(TrainingRecordModel::ProviderRole).toInt() != m_provider) return false;
    if (m_overdueOnly && !first.data(TrainingRecordModel::OverdueRole).toBool()) return false;
    const QString& needle = m_search;
    if (needle.isEmpty()) return true;
    return source->index(sourceRow, TrainingRecordModel::PersonColumn, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive) ||
           source->index(sourceRow, TrainingRecordModel::CourseColumn, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive);
}

} // namespace medsafe::app
