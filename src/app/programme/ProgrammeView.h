#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class ProgrammeView;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class CompetencePage;
class DialogService;
class EventsPage;
class ProgrammePage;
class PeoplePage;
class TrainingPage;

// The Forløb og kompetencer view: tabs for the programme's events, the competence survey and
// the training log. Loads the tabs when shown and when the botilbud changes; routes Ctrl+N,
// Ctrl+S and Ctrl+F to the tab in front; answers the main window's question about unsaved
// edits for all tabs. GUI thread.
class ProgrammeView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    ProgrammeView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ProgrammeView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    EventsPage& eventsPage() const { return *m_events; }
    CompetencePage& competencePage() const { return *m_competence; }
    TrainingPage& trainingPage() const { return *m_training; }
    PeoplePage& peoplePage() const { return *m_people; }
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProgrammePage* currentPage() const;
    void markStale();

    const std::unique_ptr<Ui::ProgrammeView> m_ui;
    services::Workspace& m_workspace;
    EventsPage* m_events = nullptr;
    CompetencePage* m_competence = nullptr;
    TrainingPage* m_training = nullptr;
    PeoplePage* m_people = nullptr;
    QList<ProgrammePage*> m_pages;
    bool m_stale = true;
    domain::BotilbudId m_loadedBotilbud;
};

} // namespace medsafe::app
