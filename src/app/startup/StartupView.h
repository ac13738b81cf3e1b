#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DelegationsPage;
class DialogService;
class GuidelinesPage;
class ProgrammePage;
class WorkflowPage;

// Opstart: phase 1's work with content — the workflow analysis before and after, the review of
// the local guidelines and the delegation register, one tab each. Loads the tabs when shown and
// when the botilbud changes; a save on one tab reloads the others. Routes Ctrl+N, Ctrl+S and
// Ctrl+F to the tab in front. GUI thread.
class StartupView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    StartupView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~StartupView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    WorkflowPage& workflowPage() const { return *m_workflow; }
    GuidelinesPage& guidelinesPage() const { return *m_guidelines; }
    DelegationsPage& delegationsPage() const { return *m_delegations; }
    QTabWidget* tabs() const { return m_tabs; }
    // The date the pages count from; tests fix it.
    void setToday(const QDate& today);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProgrammePage* currentPage() const;
    void markStale();
    void reloadOthers(ProgrammePage* saved);

    services::Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    WorkflowPage* m_workflow = nullptr;
    GuidelinesPage* m_guidelines = nullptr;
    DelegationsPage* m_delegations = nullptr;
    QList<ProgrammePage*> m_pages;
    bool m_stale = true;
    domain::BotilbudId m_loadedBotilbud;
};

} // namespace medsafe::app
