#include "app/InstalledViews.h"

#include "app/MainWindow.h"

namespace medsafe::app {

void installViews(MainWindow& window, DialogService& dialogs) {
    // Each view reads window.database() when it needs data (the database can be replaced while
    // the program runs) and follows window.currentBotilbudChanged / databaseReplaced.
    (void)window;
    (void)dialogs;
}

} // namespace medsafe::app
