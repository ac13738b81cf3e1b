#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QWidget>

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

// One tab of Forløb og kompetencer. The view hands every tab the workspace and the botilbud
// to show, and routes the common keys (Ctrl+N new, Ctrl+S save, Ctrl+F search) to the tab in front.
// GUI thread.
class ProgrammePage : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(services::Workspace& workspace, domain::BotilbudId botilbud) = 0;
    virtual void newItem() {}
    virtual void focusSearch() {}

    bool hasUnsavedChanges() const override { return false; }
    bool saveChanges() override { return true; }
    void discardChanges() override {}

signals:
    // A write succeeded (for the status bar).
    void saved();
};

} // namespace medsafe::app
