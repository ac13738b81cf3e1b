#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/Person.h"
#include "services/pharmacy/QaVisitService.h"

#include <QDate>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

class DialogService;
class RowFilterProxy;

// Fund og opfølgning: what the pharmacy's visits found not compliant and what is done about
// it — severity, action, who is responsible, the deadline and how far it is; overdue actions
// in red. A finding can be taken into the driver diagram as a change idea (and so tested in
// PDSA cycles), keeping the link. GUI thread.
class FindingsPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit FindingsPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    // Selects the finding (for Oversigt's link and tests); false when it is not listed.
    bool selectFinding(domain::QaFindingId id);
    // Takes the shown finding into the driver diagram under the driver chosen beside the button.
    bool makeChangeIdea();
    int overdueCount() const;

private:
    void fillTable();
    void showFinding(int index);
    domain::QaFinding formFinding() const;
    void updateFormState();
    bool settle();
    int currentIndex() const;

    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    QDate m_today = QDate::currentDate();
    QList<services::FindingRow> m_rows;
    QList<domain::Person> m_people;
    QList<domain::Driver> m_drivers;
    QList<domain::ChangeIdea> m_ideas;
    int m_shown = -1;
    bool m_filling = false;

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QLabel* m_countLabel = nullptr;
    QGroupBox* m_form = nullptr;
    QLabel* m_itemLabel = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_action = nullptr;
    QComboBox* m_responsible = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_closed = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QComboBox* m_driver = nullptr;
    QPushButton* m_makeIdea = nullptr;
    QLabel* m_ideaLabel = nullptr;
};

} // namespace medsafe::app
