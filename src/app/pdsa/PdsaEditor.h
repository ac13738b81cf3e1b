#pragma once

#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"
#include "domain/ValidationIssue.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;

class QPushButton;

namespace Ui {
class PdsaEditor;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class PdsaFormBinding;

// Edits one PDSA cycle in the order of the PDSA form: the header, then Plan → Do → Study → Act.
// Moving on to a later stage writes the cycle with the status of that stage, after the
// validator agreed (a prediction before Do, a decision to complete); a refusal shows the message
// next to the field and writes nothing. "Adapt" and "Expand" offer the next cycle of the ramp.
// GUI thread.
class PdsaEditor : public QWidget {
    Q_OBJECT
public:
    enum Stage { PlanStage, DoStage, StudyStage, ActStage };

    PdsaEditor(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~PdsaEditor() override;

    void setChoices(const QList<domain::ChangeIdea>& ideas, const QList<domain::Measure>& measures,
                    const QList<domain::Person>& people);
    void openCycle(const domain::PdsaCycle& cycle);
    // A blank cycle for `botilbud` with the next free number, optionally under a change idea.
    void newCycle(domain::BotilbudId botilbud, std::optional<domain::ChangeIdeaId> idea = std::nullopt);

    const domain::PdsaCycle& cycle() const { return m_cycle; }
    bool isDirty() const { return m_dirty; }
    Stage shownStage() const;
    // Writes the form with the cycle's present status; false (with the messages shown) if refused.
    bool save();
    // Puts the form back as it was last written (or empty for a new cycle).
    void revert();
    // Moves to `stage` the way the stage buttons do; false when refused.
    bool goToStage(Stage stage);

signals:
    void cycleSaved(medsafe::domain::PdsaCycleId id);
    void dirtyChanged(bool dirty);

private:
    void markDirty();
    void setDirty(bool dirty);
    void showStage(Stage stage);
    void updateStageButtons();
    void updateHeading();
    void clearIssues();
    void showIssues(const domain::ValidationIssues& issues);
    QLabel* errorLabelFor(const QString& field);
    bool write(domain::PdsaCycle cycle);
    // Someone else saved the cycle since it was opened: both versions, and the person's choice.
    bool resolveConflict(domain::PdsaCycle mine);
    void complete();
    void offerNextCycle(const domain::PdsaCycle& finished);
    Stage reachedStage() const;

    const std::unique_ptr<Ui::PdsaEditor> m_ui;
    std::unique_ptr<PdsaFormBinding> m_binding;
    services::Workspace& m_workspace;
    QPushButton* m_history = nullptr;
    DialogService& m_dialogs;
    domain::PdsaCycle m_cycle; // as last written (or the blank new cycle)
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fieldWidgets;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace medsafe::app
