#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PdsaView;
}

namespace medsafe::models {
class PdsaTreeModel;
class PdsaFilterModel;
} // namespace medsafe::models

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class PdsaEditor;

// The PDSA view: the cycles of the botilbud grouped by change idea (ramps indented under the
// cycle they follow), searchable and sortable, beside the editor of the chosen cycle.
// Ctrl+N starts a new cycle, Ctrl+S saves, Ctrl+F searches. GUI thread.
class PdsaView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    PdsaView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~PdsaView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    PdsaEditor& editor() const { return *m_editor; }
    // Re-reads cycles, change ideas, measures and people of the current botilbud.
    void reload();
    // Opens `id` in the editor (after settling unsaved edits); false if it is not in the list.
    bool openCycle(domain::PdsaCycleId id);
    void newCycle();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadList();
    void selectInTree(domain::PdsaCycleId id);
    void onCurrentChanged(const QModelIndex& current);
    void updateCount();
    void spanGroupRows();
    // Asks what to do with unsaved edits before the editor shows something else.
    bool settleEdits();

    const std::unique_ptr<Ui::PdsaView> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    models::PdsaTreeModel* m_model;
    models::PdsaFilterModel* m_filter;
    PdsaEditor* m_editor;
    domain::BotilbudId m_loadedBotilbud;
    bool m_stale = true;
    bool m_selecting = false; // the tree selection follows the editor, not the other way round
};

} // namespace medsafe::app
