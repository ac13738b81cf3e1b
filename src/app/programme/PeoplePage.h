#pragma once

#include "app/access/AccountDialog.h"
#include "app/programme/RecordListPage.h"
#include "domain/Person.h"

#include <QDate>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

// The Organisation tab: the botilbud's people with their roles in the programme (tovholder,
// leader, working group, staff, PS! consultant, the pharmacy's contact), when they joined and
// left, and whether they handle medicine; add, edit, and retire (never delete: PDSA cycles,
// events and training keep naming them). Above the list it says in plain Danish when the
// working group is not as the programme asks (a tovholder, a leader, 3 to 5 staff). GUI thread.
class PeoplePage : public RecordListPage {
    Q_OBJECT
public:
    explicit PeoplePage(DialogService& dialogs, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }

private:
    // The person's account line and the tovholder's account buttons.
    void updateAccount();
    void changeAccount(AccountDialog::Mode mode);
    bool readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    int initialRow() const override;
    void fillBlank() override;
    void fillRow(int sourceRow) override;
    qint64 idAt(int sourceRow) const override;
    int rowOfId(qint64 id) const override;
    qint64 shownId() const override { return m_shown.id.value; }
    void fillNew() override;
    std::optional<qint64> writeForm() override;
    bool deleteShown() override;
    QString unsavedQuestion() const override;
    void updateCount() override;

    void fillForm(const domain::Person& person);
    domain::Person formPerson() const;
    void updateFormState();
    void updateWarnings();

    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<domain::Person> m_people;
    domain::Person m_shown;
    QDate m_today = QDate::currentDate();

    QLabel* m_warnings;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QGroupBox* m_form;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QHash<domain::PersonRole, QCheckBox*> m_roles;
    QCheckBox* m_handlesMedicine;
    QDateEdit* m_start;
    QLabel* m_ended;
    QLabel* m_nameError;
    QLabel* m_dateError;
    QLabel* m_account;
    QPushButton* m_createAccount;
    QPushButton* m_resetPassword;
    QPushButton* m_new;
    QPushButton* m_retire;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace medsafe::app
