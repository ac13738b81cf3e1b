#pragma once

namespace medsafe::app {

class MainWindow;
class DialogService;

// Creates the real views and puts them in the main window's navigation slots. One line per
// view, so each view stays in its own files; slots without a view keep their placeholder.
void installViews(MainWindow& window, DialogService& dialogs);

} // namespace medsafe::app
