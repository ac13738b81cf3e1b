#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Ids.h"
#include "services/programme/NextStepsService.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewView;
}

namespace medsafe::models {
class ChecklistModel;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The Oversigt view: the botilbud, the next steps (each a double-click from where it is done),
// its programme on a timeline, the start-up checklist (ticked
// items are written at once), days since the last medication error and the PDSA cycles at a
// glance. Reads the database when shown, so it always reflects the other views' writes.
// GUI thread.
class OverviewView : public QWidget {
    Q_OBJECT
public:
    OverviewView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~OverviewView() override;

    // The date the view counts from; tests fix it. Defaults to the current date.
    void setToday(const QDate& today);
    void reload();

signals:
    // A next step was chosen: the window opens the view (and tab) where it is done.
    void openRequested(services::NextStepPlace place);
    // A cycle in the PDSA card was activated: show it in the PDSA view.
    void openPdsaCycleRequested(domain::PdsaCycleId id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadProgramme(domain::BotilbudId id);
    // The working group in the summary line: its size and who leads it, everyone on hover.
    void loadWorkingGroup(domain::BotilbudId id);
    void loadDaysSince(domain::BotilbudId id);
    void loadPdsaSummary(domain::BotilbudId id);
    void loadNextSteps(domain::BotilbudId id);
    void updateChecklistCount();
    void saveChecklistItem(const domain::ChecklistItem& item);
    QDate today() const;

    const std::unique_ptr<Ui::OverviewView> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    models::ChecklistModel* m_checklist;
    QDate m_today;
};

} // namespace medsafe::app
