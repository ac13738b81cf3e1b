#pragma once

#include "domain/Measure.h"

#include <QAbstractTableModel>
#include <QList>

namespace medsafe::models {

// The measures (målepunkter) of a botilbud with their operational definitions, for the
// Forbedringsarbejde view. Holds a snapshot; runs no SQL. GUI thread.
class MeasureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, DefinitionColumn, DirectionColumn, TargetColumn, ColumnCount };
    enum Role { MeasureIdRole = Qt::UserRole + 1, SortRole };

    explicit MeasureTableModel(QObject* parent = nullptr);

    void setMeasures(const QList<domain::Measure>& measures);
    const domain::Measure* measure(int row) const;
    int rowOf(domain::MeasureId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "95 %" for proportions, "2,5" otherwise, with the Danish decimal comma.
    static QString targetText(const domain::Measure& measure);

private:
    QList<domain::Measure> m_measures;
};

} // namespace medsafe::models
