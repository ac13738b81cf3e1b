#pragma once

#include "domain/Incident.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace medsafe::models {
class SafetyCalendarModel;
}

namespace medsafe::app {

// The "Sikkerhedskalender" tab: the big "days since the last medication error" and a month
// grid coloured green / amber / red with symbols (✓ ▲ ✖) and a legend, as the paper calendar
// on the wall. Lives on the GUI thread.
class SafetyCalendarPage : public QWidget {
    Q_OBJECT
public:
    explicit SafetyCalendarPage(QWidget* parent = nullptr);

    void setIncidents(const QList<domain::Incident>& incidents, const QDate& today = QDate::currentDate());
    void showMonth(const QDate& anyDay);
    models::SafetyCalendarModel* model() const { return m_model; }

private:
    void updateMonthLabel();

    models::SafetyCalendarModel* m_model = nullptr;
    QTableView* m_grid = nullptr;
    QLabel* m_daysSince = nullptr;
    QLabel* m_lastError = nullptr;
    QLabel* m_monthLabel = nullptr;
};

} // namespace medsafe::app
