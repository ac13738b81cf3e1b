#pragma once

#include "domain/Incident.h"
#include "models/incidents/IncidentListFilter.h"

#include <QAbstractTableModel>
#include <QList>
#include <vector>

namespace medsafe::models {

// The incident list: a snapshot of incidents with its own filter and sort, because a
// QSortFilterProxyModel asks data() for every row on every keystroke and 100,000 incidents
// must filter in well under 100 ms. Search keys (lower-cased text and labels) and sort ranks are
// computed once when the snapshot is set; a filter change is then one pass over plain arrays
// in the current sort order, and a sort is one std::stable_sort of row numbers.
// Lives on the GUI thread; runs no SQL.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, StageColumn, ErrorTypeColumn, ConsequenceColumn, StatusColumn, ReachedColumn,
                  DoctorColumn, DescriptionColumn, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1 };

    explicit IncidentTableModel(QObject* parent = nullptr);

    void setIncidents(QList<domain::Incident> incidents);
    const QList<domain::Incident>& incidents() const { return m_all; }
    void setFilter(const IncidentListFilter& filter);
    const IncidentListFilter& filter() const { return m_filter; }

    // The incident shown on `row` (after filter and sort).
    const domain::Incident& incidentAt(int row) const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Keys {
        qint64 when = 0; // julian day * 86400 + seconds
        QString haystack; // lower-cased free text and labels, for search
    };
    bool accepts(qsizetype i) const;
    // Marks the rows whose text contains `needle` (lower-cased), searching one joined buffer.
    void search(const QString& needle);
    void rebuildOrder();
    void applyFilter();

    QList<domain::Incident> m_all;
    std::vector<Keys> m_keys;
    // Every row's haystack joined with a separator no one types, and where each row starts:
    // one Boyer-Moore pass over this buffer is several times faster than a search per row.
    QString m_searchBuffer;
    std::vector<qsizetype> m_searchStarts;
    QString m_searchedNeedle;
    std::vector<char> m_searchHit; // per row, for m_searchedNeedle
    std::vector<int> m_order;   // all rows in sort order
    std::vector<int> m_visible; // rows passing the filter, in sort order
    IncidentListFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace medsafe::models
