#pragma once

#include "domain/Incident.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace medsafe::models {
class IncidentTableModel;
}

namespace medsafe::app {

// The "Liste" tab: filters for period, stage, type, consequence and status, a search box
// (Ctrl+F), the sortable table and the count ("80 hændelser"). Double-click or Enter opens an
// incident. The model does its own filtering (see IncidentTableModel). Lives on the GUI thread.
class IncidentListPage : public QWidget {
    Q_OBJECT
public:
    explicit IncidentListPage(QWidget* parent = nullptr);

    void setIncidents(const QList<domain::Incident>& incidents);
    models::IncidentTableModel* model() const { return m_model; }
    // The buttons row, so the view can add its own (new, import, export).
    QWidget* buttonBar() const { return m_buttonBar; }

signals:
    void openRequested(const domain::Incident& incident);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void applyFilter();
    void updateCount();

    models::IncidentTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_consequence = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_buttonBar = nullptr;
};

} // namespace medsafe::app
