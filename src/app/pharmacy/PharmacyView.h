#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class AgreementPage;
class DialogService;
class FindingsPage;
class PharmacyChartsPage;
class ProgrammePage;
class QuestionsPage;
class RefreshersPage;
class VisitsPage;

// Apotek: the pharmacy's part of the programme — quality-assurance visits, the follow-up of
// their findings, the question log, refresher training, the figures drawn as run charts, and
// the agreement. Loads the tabs when shown and when the botilbud changes; a save on one tab
// reloads the others (a visit makes findings, a finding a change idea). Routes Ctrl+N, Ctrl+S
// and Ctrl+F to the tab in front. GUI thread.
class PharmacyView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    PharmacyView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~PharmacyView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    VisitsPage& visitsPage() const { return *m_visits; }
    FindingsPage& findingsPage() const { return *m_findings; }
    QuestionsPage& questionsPage() const { return *m_questions; }
    RefreshersPage& refreshersPage() const { return *m_refreshers; }
    PharmacyChartsPage& chartsPage() const { return *m_charts; }
    AgreementPage& agreementPage() const { return *m_agreement; }
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProgrammePage* currentPage() const;
    void markStale();
    void reloadOthers(ProgrammePage* saved);

    services::Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    VisitsPage* m_visits = nullptr;
    FindingsPage* m_findings = nullptr;
    QuestionsPage* m_questions = nullptr;
    RefreshersPage* m_refreshers = nullptr;
    PharmacyChartsPage* m_charts = nullptr;
    AgreementPage* m_agreement = nullptr;
    QList<ProgrammePage*> m_pages;
    bool m_stale = true;
    domain::BotilbudId m_loadedBotilbud;
};

} // namespace medsafe::app
