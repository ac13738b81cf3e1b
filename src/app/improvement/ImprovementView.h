#pragma once

#include "app/UnsavedWork.h"
#include "domain/Aim.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ImprovementView;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class DriverDiagramPage;
class ImprovementMeasuresPage;

// The Forbedringsarbejde view: the aim with the three questions of the Model for Improvement,
// the driver diagram, and the measures with their operational definitions. Ctrl+S saves the
// tab in front, Ctrl+N adds a change idea, Ctrl+F searches the measures. GUI thread.
class ImprovementView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    ImprovementView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ImprovementView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    void reload();
    bool saveAim();
    DriverDiagramPage& driverPage() const { return *m_driverPage; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showAim();

    const std::unique_ptr<Ui::ImprovementView> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    DriverDiagramPage* m_driverPage;
    ImprovementMeasuresPage* m_measuresPage;
    std::optional<domain::Aim> m_aim;
    bool m_aimDirty = false;
    bool m_loading = false;
};

} // namespace medsafe::app
