#pragma once

#include "app/programme/RecordListPage.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaVisit.h"

#include <QDate>
#include <QHash>
#include <QList>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace medsafe::app {

class ChecklistGrid;
class RowFilterProxy;

// Kvalitetssikring: the pharmacy's visits, each with its checklist answered item by item.
// Saving a visit makes a finding of every item answered "not compliant" (Fund og opfølgning).
// A new visit is audited against the botilbud's current checklist, which "Checklist…" edits
// (as a new version: the visits already made keep theirs). GUI thread.
class VisitsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit VisitsPage(DialogService& dialogs, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    ChecklistGrid& grid() const { return *m_grid; }
    // Writes `items` as the checklist's next version (the editor's OK); false after a message.
    bool saveChecklist(const QList<domain::QaChecklistItem>& items);

protected:
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
    void applySearch(const QString& text) override;

private:
    void fillForm(const domain::QaVisit& visit);
    domain::QaVisit formVisit() const;
    void updateFormState();
    void editChecklist();
    domain::QaChecklist checklistOf(const domain::QaVisit& visit) const;

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QList<domain::QaVisit> m_visits; // newest first, as listed
    QHash<qint64, domain::QaChecklist> m_checklists;
    domain::QaChecklist m_current; // the version a new visit uses (id 0: the default, not stored yet)
    domain::QaVisit m_shown;
    QDate m_today = QDate::currentDate();

    QLabel* m_countLabel = nullptr;
    QGroupBox* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_auditor = nullptr;
    QLineEdit* m_summary = nullptr;
    QLabel* m_checklistLabel = nullptr;
    QLabel* m_compliance = nullptr;
    ChecklistGrid* m_grid = nullptr;
    QPushButton* m_checklistButton = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace medsafe::app
