#pragma once

#include <QSortFilterProxyModel>
#include <functional>

namespace medsafe::app {

// A proxy for the pharmacy tabs' lists: the search text must occur in one of the row's cells
// (ignoring case), and the page's own filter (category, only open, …) must accept the source
// row. Sorts by Qt::UserRole + 1 when a cell has it (dates, percentages), else by the text.
class RowFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RowFilterProxy(QObject* parent = nullptr);

    void setSearch(const QString& text);
    void setRowFilter(std::function<bool(int sourceRow)> accepts);
    // After the page's filter settings changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    std::function<bool(int)> m_accepts;
};

} // namespace medsafe::app
