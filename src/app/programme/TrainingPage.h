#pragma once

#include "app/programme/ProgrammePage.h"
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

class DialogService;
class TrainingFilterModel;

// The Undervisning tab: the staff training log (person, course, provider, completed, refresher
// due) with overdue refreshers in red marked "Forfalden", filters by provider and overdue, a
// count, and the form of the chosen course beside the list. GUI thread.
class TrainingPage : public ProgrammePage {
    Q_OBJECT
public:
    TrainingPage(DialogService& dialogs, QWidget* parent = nullptr);
    ~TrainingPage() override;

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void newItem() override;
    void focusSearch() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }

private:
    void fillForm(const domain::TrainingRecord& record);
    domain::TrainingRecord formRecord() const;
    void selectRecord(domain::TrainingRecordId id);
    void onCurrentChanged();
    void deleteCurrent();
    void updateCount();
    void updateFormState();

    const std::unique_ptr<Ui::TrainingPage> m_ui;
    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    models::TrainingRecordModel* m_model = nullptr;
    TrainingFilterModel* m_proxy = nullptr;
    QList<domain::Person> m_people;
    domain::TrainingRecord m_shown;
    QDate m_today = QDate::currentDate();
    bool m_filling = false;
    bool m_loading = false;
};

} // namespace medsafe::app
