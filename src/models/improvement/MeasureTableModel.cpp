#include "models/improvement/MeasureTableModel.h"

#include "domain/DomainLabels.h"

#include <QLocale>

namespace medsafe::models {

using namespace medsafe::domain;

MeasureTableModel::MeasureTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MeasureTableModel::setMeasures(const QList<Measure>& measures) {
    beginResetModel();
    m_measures = measures;
    endResetModel();
}

const Measure* MeasureTableModel::measure(int row) const {
    return row >= 0 && row < m_measures.size() ? &m_measures.at(row) : nullptr;
}

int MeasureTableModel::rowOf(MeasureId id) const {
    for (int i = 0; i < m_measures.size(); ++i)
        if (m_measures.at(i).id == id) return i;
    return -1;
}

int MeasureTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_measures.size());
}

int MeasureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasureTableModel::targetText(const Measure& m) {
    if (!m.target) return {};
    const QLocale locale;
    if (m.kind == MeasureKind::Proportion) {
        // Proportions are stored as fractions; people read them as per cent.
        const double percent = *m.target <= 1.0 ? *m.target * 100.0 : *m.target;
        return tr("%1 %").arg(locale.toString(percent, 'g', 4));
    }
    return locale.toString(*m.target, 'g', 6);
}

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_measures.size()) return {};
    const Measure& m = m_measures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return m.name;
        case TypeColumn: return DomainLabels::label(m.type);
        case DefinitionColumn: return m.operationalDefinition.simplified();
        case DirectionColumn: return DomainLabels::label(m.direction);
        case TargetColumn: return targetText(m);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DefinitionColumn || index.column() == NameColumn)
            return index.column() == NameColumn ? m.name : m.operationalDefinition;
        return {};
    case SortRole:
        switch (index.column()) {
        case TypeColumn: return static_cast<int>(m.type);
        case TargetColumn: return m.target ? QVariant(*m.target) : QVariant(-1.0);
        case NameColumn: return m.sortOrder;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case MeasureIdRole: return m.id.value;
    default: return {};
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Measure");
    case TypeColumn: return tr("Type");
    case DefinitionColumn: return tr("Operational definition");
    case DirectionColumn: return tr("Direction");
    case TargetColumn: return tr("Target");
    default: return {};
    }
}

} // namespace medsafe::models
