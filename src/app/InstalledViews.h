#pragma once

#include "app/ViewCatalog.h"

#include <QWidget>

#include <array>

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The one table of the views the main window shows: which widget each navigation slot gets.
// Every view is built from the session (Workspace) and the dialog seam alone, so no view
// knows the window.
struct InstalledView {
    ViewId id;
    QWidget* (*create)(services::Workspace& workspace, DialogService& dialogs);
};

const std::array<InstalledView, kAllViews.size()>& installedViews();

} // namespace medsafe::app
