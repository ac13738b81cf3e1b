#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/Person.h"
#include "domain/startup/Guideline.h"

#include <QDate>
#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

class DialogService;
class OptionalDateEdit;
class RowFilterProxy;

// Retningslinjer: the botilbud's local guidelines for medication handling — title, version,
// date, owner, the next review, status and what the last review found. A guideline in use past
// its review date is red with ⚠. New (Ctrl+N), save (Ctrl+S), search (Ctrl+F). GUI thread.
class GuidelinesPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit GuidelinesPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void newItem() override;
    void focusSearch() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    int overdueCount() const;
    bool selectGuideline(domain::GuidelineId id);

private:
    void fillTable();
    void show(int index);
    domain::Guideline formGuideline() const;
    void updateFormState();
    bool settle();
    int currentIndex() const;
    void removeShown();

    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    QDate m_today = QDate::currentDate();
    QList<domain::Guideline> m_rows;
    QList<domain::Person> m_people;
    domain::Guideline m_shownGuideline; // what the form started from (new: not stored)
    bool m_hasShown = false;
    bool m_filling = false;

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_new = nullptr;
    QGroupBox* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_version = nullptr;
    OptionalDateEdit* m_issued = nullptr;
    QComboBox* m_owner = nullptr;
    OptionalDateEdit* m_nextReview = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_reviewed = nullptr;
    QPlainTextEdit* m_finding = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace medsafe::app
