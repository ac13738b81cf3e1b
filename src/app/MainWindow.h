#pragma once

#include "app/ViewCatalog.h"
#include "domain/Botilbud.h"
#include "domain/Programme.h"
#include "services/programme/NextStepsService.h"

#include <QMainWindow>
#include <QPointer>
#include <map>
#include <memory>

class QLabel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class SessionActions;

class BackupActions;
class DatabaseFileActions;
class ServerActions;
class HelpDialog;
class PackageKeyActions;
class DialogService;

// The application window: header (botilbud selector, programme phase), left navigation,
// the stack of views, menus and the status bar. Owns the session (services::Workspace: the
// open database, the current botilbud, the services) and builds the views of the installed
// views table on it; the views do the work and never see the window. GUI thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<storage::Database> database, DialogService& dialogs,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    services::Workspace& workspace() const { return *m_workspace; }
    // The open database, for tests that check what reached it.
    storage::Database& database() const;
    domain::BotilbudId currentBotilbud() const;
    ViewId currentView() const;

    // Puts `widget` in the navigation slot of `view` (replacing the placeholder); takes ownership.
    void setViewWidget(ViewId view, QWidget* widget);
    QWidget* viewWidget(ViewId view) const;

public slots:
    void showView(ViewId view);
    // Shows the window where the person left it (size, position, maximised; QSettings), or on
    // first start maximised on a small screen (a 1366×768 staff laptop) and at 1280×800 otherwise.
    void showAsLastTime();
    // Opens the view (and tab) where a next step from Oversigt is done.
    void openNextStep(services::NextStepPlace place);
    void selectBotilbud(domain::BotilbudId id);
    // After a successful write (views tell the workspace), so the status bar can say so.
    void noteSaved();
    // Re-reads the list of botilbud (after import, say), keeping the selection when possible.
    void reloadBotilbud();

signals:
    void currentBotilbudChanged(domain::BotilbudId id);
    void databaseReplaced();

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void startNewProgramme();
    void newDatabase();
    void openDatabase();
    void showUserGuide();
    void backUp();
    void restoreBackup();
    void chooseLanguage(const QString& code);
    void showAbout();

private:
    void buildNavigation();
    void buildStatusBar();
    // Overview, or Månedsrapport when the database only holds botilbud from data packages.
    ViewId startView() const;
    void updatePhaseLabel();
    // The status bar's "Database: FILE" or "Server: user@host:port/db", and the File menu's
    // entries that only apply to one of the two.
    void updateDatabaseLabel();
    // After another database was opened, created or restored: the selector and the start view.
    void databaseChanged();
    // Filer › Seneste databaser, read again each time the menu opens.
    void fillRecentMenu();
    // Rediger: undo and redo of the view shown, where it keeps an undo history (Målinger).
    void buildEditMenu();
    // Asks every view with unsaved edits to save or discard them; false if the person cancels.
    bool settleUnsavedWork();
    bool hasUnsavedWork() const;
    // Another PC (or the CLI) changed the database: the views read again, unless the person is
    // in the middle of an edit; then after their next save, so nothing typed is lost.
    void refreshAfterChangeElsewhere();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    const std::unique_ptr<services::Workspace> m_workspace;
    DialogService& m_dialogs;
    const std::unique_ptr<BackupActions> m_backupActions;
    const std::unique_ptr<PackageKeyActions> m_packageKeyActions;
    const std::unique_ptr<DatabaseFileActions> m_fileActions;
    const std::unique_ptr<ServerActions> m_serverActions;
    SessionActions* m_sessionActions = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    bool m_refreshPending = false;
    QPointer<HelpDialog> m_help;
    QList<domain::Botilbud> m_botilbud;
    int m_packageBotilbud = 0;          // botilbud known only from data packages (not in the selector)
    domain::BotilbudId m_shownBotilbud; // the botilbud the views show now
    std::map<ViewId, QWidget*> m_views;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_savedLabel = nullptr;
};

} // namespace medsafe::app
