#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Person.h"
#include "domain/SurveyRound.h"

#include <memory>

namespace Ui {
class CompetencePage;
}

namespace medsafe::models {
class CompetenceMatrixModel;
}

namespace medsafe::app {

class DialogService;

// The Kompetenceafdækning tab: staff × topics for one survey round, levels 1–4 coloured red to
// green, ⚑ for a wish for training, the gaps per topic below, and a comparison with an earlier
// round (↑/↓ per cell, averages per topic). An answer is saved as soon as it is changed, so the
// tab never holds unsaved work. GUI thread.
class CompetencePage : public ProgrammePage {
    Q_OBJECT
public:
    CompetencePage(DialogService& dialogs, QWidget* parent = nullptr);
    ~CompetencePage() override;

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void focusSearch() override;
    models::CompetenceMatrixModel& model() const { return *m_model; }

private:
    void showRound();
    void applyComparison();
    void saveAnswer(const domain::CompetenceAnswer& answer);
    void updateNeedBox();
    void updateSummary();
    void applySearch(const QString& text);

    const std::unique_ptr<Ui::CompetencePage> m_ui;
    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    models::CompetenceMatrixModel* m_model = nullptr;
    QList<domain::SurveyRound> m_rounds;
    QList<domain::CompetenceTopic> m_topics;
    QList<domain::Person> m_people;
};

} // namespace medsafe::app
