#pragma once

#include "domain/Person.h"
#include "domain/sustain/SustainPlan.h"
#include "services/measures/DashboardService.h"
#include "services/sustain/SustainedChanges.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The fastholdelsesplan of one adopted change: rows of who checks what, how often, against
// which measure, when it was last checked and when the next check is due (overdue rows are
// marked in words and colour). A row is edited in the form below the list; "Kontrolleret i
// dag" records today's check. Writes go through SustainService (roles, rules, conflicts).
class SustainPlanPanel : public QWidget {
    Q_OBJECT
public:
    SustainPlanPanel(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    void showChange(domain::BotilbudId botilbud, const services::SustainedChange* change,
                    const services::DashboardData& data);
    // "Today" for due dates and the check button; tests set it.
    void setToday(const QDate& today) { m_today = today; }

    QTableWidget* table() const { return m_table; }
    const QList<domain::SustainPlanRow>& rows() const { return m_rows; }
    // The text of the next-due column, e.g. "12. mar. 2026 — overskredet".
    QString dueText(const domain::SustainPlanRow& row) const;

signals:
    void saved();

private:
    void reloadRows(domain::SustainPlanId select = {});
    void showRow();
    void newRow();
    void saveRow();
    void checkedToday();
    void removeRow();
    domain::SustainPlanRow rowFromForm() const;
    bool report(const Status& status);
    void updateGates();

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    QDate m_today = QDate::currentDate();
    domain::BotilbudId m_botilbud;
    domain::ChangeIdeaId m_change;
    QList<domain::Person> m_people;
    QList<domain::SustainPlanRow> m_rows;
    domain::SustainPlanRow m_editing;

    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_what = nullptr;
    QComboBox* m_who = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_measure = nullptr;
    QDateEdit* m_lastChecked = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_checkedButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace medsafe::app
