#pragma once

#include "services/audit/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace medsafe::app {

// The history as rows: when, who, which record, what was done, which fields changed.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Record, Action, Fields, ColumnCount };

    explicit HistoryTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(QList<services::HistoryEntry> entries);
    const services::HistoryEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<services::HistoryEntry> m_entries;
};

} // namespace medsafe::app
