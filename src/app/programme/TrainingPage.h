#pragma once

#include "app/programme/RecordListPage.h"
#include "domain/Person.h"
#include "domain/TrainingRecord.h"

#include <QDate>
#include <memory>

namespace Ui {
class TrainingPage;
}

namespace medsafe::models {
class TrainingRecordModel;
}

namespace medsafe::app {

class TrainingFilterModel;

// The Undervisning tab: the staff training log (person, course, provider, completed, refresher
// due) with overdue refreshers in red marked "Forfalden", filters by provider and overdue, a
// count, and the form of the chosen course beside the list. GUI thread.
class TrainingPage : public RecordListPage {
    Q_OBJECT
public:
    TrainingPage(DialogService& dialogs, QWidget* parent = nullptr);
    ~TrainingPage() override;

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }

private:
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
    bool settleBeforeNew() override;

    void fillForm(const domain::TrainingRecord& record);
    domain::TrainingRecord formRecord() const;
    void updateFormState();

    const std::unique_ptr<Ui::TrainingPage> m_ui;
    models::TrainingRecordModel* m_model = nullptr;
    TrainingFilterModel* m_proxy = nullptr;
    QList<domain::Person> m_people;
    domain::TrainingRecord m_shown;
    QDate m_today = QDate::currentDate();
};

} // namespace medsafe::app
