#pragma once

#include "app/improvement/DriverDiagramScene.h"
#include "domain/Aim.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/ValidationIssue.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DriverDiagramPage;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The driver diagram tab: the diagram drawn as boxes in columns, and a side form that edits the
// chosen box or a new one (primary or secondary driver, change idea). Every save writes at once
// through ImprovementRepository. GUI thread.
class DriverDiagramPage : public QWidget {
    Q_OBJECT
public:
    using Kind = models::DriverDiagramLayout::Kind;

    DriverDiagramPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~DriverDiagramPage() override;

    void reload();
    bool isDirty() const { return m_dirty; }
    bool save();
    void discard();
    // Starts a new box of `kind` under the chosen box (or its nearest fitting parent).
    void startNew(Kind kind);
    DriverDiagramScene& scene() const { return *m_scene; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitToWidth();
    void showChosen();
    void fillParents(Kind kind, qint64 parentId);
    void removeChosen();
    void showIssues(const domain::ValidationIssues& issues);
    void clearIssues();
    void setDirty(bool dirty);
    void openContextMenu(const QPoint& pos);
    qint64 parentOfChosen(Kind wanted) const;

    const std::unique_ptr<Ui::DriverDiagramPage> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    DriverDiagramScene* m_scene;
    std::optional<domain::Aim> m_aim;
    QList<domain::Driver> m_drivers;
    QList<domain::ChangeIdea> m_ideas;
    QHash<domain::ChangeIdeaId, int> m_pdsaCounts;
    std::optional<DriverDiagramScene::BoxRef> m_chosen; // the box in the side form
    std::optional<Kind> m_newKind;                      // set while a new box is being written
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace medsafe::app
