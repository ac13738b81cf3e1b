#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/Person.h"
#include "domain/startup/Delegation.h"

#include <QDate>
#include <QList>

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
class OptionalDateEdit;
class RowFilterProxy;

// Delegationer: the delegation register — which staff member holds which delegated right from
// which doctor, from when and until when. A delegation ending within 30 days is orange and one
// that has ended red, both with ⚠ and words (colour is never the only sign); under the list, the
// staff who handle medicine without a current delegation. GUI thread.
class DelegationsPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit DelegationsPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void newItem() override;
    void focusSearch() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    bool selectDelegation(domain::DelegationId id);

private:
    void fillTable();
    void show(int index);
    domain::Delegation formDelegation() const;
    void updateFormState();
    bool settle();
    int currentIndex() const;
    void removeShown();
    QString statusText(const domain::Delegation& d) const;

    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    QDate m_today = QDate::currentDate();
    QList<domain::Delegation> m_rows;
    QList<domain::Person> m_people;
    domain::Delegation m_shownDelegation;
    bool m_hasShown = false;
    bool m_filling = false;

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_missingLabel = nullptr;
    QPushButton* m_new = nullptr;
    QGroupBox* m_form = nullptr;
    QComboBox* m_person = nullptr;
    QComboBox* m_right = nullptr;
    QLineEdit* m_doctor = nullptr;
    QDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace medsafe::app
