#pragma once

#include "domain/TrainingRecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace medsafe::models {

// The staff training log: person, course, provider, completed and refresher due, and a status
// that says "Forfalden" (red) when the refresher date has passed relative to `today`. Holds a
// snapshot; runs no SQL. GUI thread.
class TrainingRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PersonColumn, CourseColumn, ProviderColumn, CompletedColumn, DueColumn, StatusColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int ProviderRole = Qt::UserRole + 3; // the provider as int
    // A refresher within this many days shows as "due soon".
    static constexpr int kSoonDays = 60;

    explicit TrainingRecordModel(QObject* parent = nullptr);

    void setRecords(const QList<domain::TrainingRecord>& records, const QHash<qint64, QString>& personNames,
                    const QDate& today);
    const domain::TrainingRecord* recordAt(int row) const;
    int rowOf(domain::TrainingRecordId id) const;
    bool isOverdue(const domain::TrainingRecord& record) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::TrainingRecord> m_records;
    QHash<qint64, QString> m_personNames;
    QDate m_today;
};

} // namespace medsafe::models
