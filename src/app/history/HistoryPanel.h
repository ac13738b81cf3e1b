#pragma once

#include "services/audit/HistoryEntry.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace medsafe::app {

class HistoryTableModel;

// A list of history entries and, for the chosen one, each changed field before and after.
// Used by the Historik view and by a record's own history.
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void setEntries(QList<services::HistoryEntry> entries);
    QTableView* table() const { return m_table; }
    QTableWidget* details() const { return m_details; }
    HistoryTableModel* model() const { return m_model; }

private:
    void showDetails();

    HistoryTableModel* m_model;
    QTableView* m_table;
    QTableWidget* m_details;
    QLabel* m_detailsTitle;
};

} // namespace medsafe::app
