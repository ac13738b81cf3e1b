#pragma once

#include "app/ViewCatalog.h"
#include "domain/Botilbud.h"
#include "domain/Programme.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace medsafe::storage {
class Database;
}

namespace medsafe::app {

class DialogService;

// The application window: header (botilbud selector, programme phase), left navigation,
// the stack of views, menus and the status bar. Owns the open database and hands it to the
// views; the views do the work. Lives on the GUI thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<storage::Database> database, DialogService& dialogs,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Database& database() const { return *m_database; }
    domain::BotilbudId currentBotilbud() const;
    ViewId currentView() const;

    // Puts `widget` in the navigation slot of `view` (replacing the placeholder); takes ownership.
    void setViewWidget(ViewId view, QWidget* widget);
    QWidget* viewWidget(ViewId view) const;

public slots:
    void showView(ViewId view);
    void selectBotilbud(domain::BotilbudId id);
    // Views call this after a successful write, so the status bar can say so.
    void noteSaved();
    // Re-reads the list of botilbud (after import, say), keeping the selection when possible.
    void reloadBotilbud();

signals:
    void currentBotilbudChanged(domain::BotilbudId id);
    void databaseReplaced();

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void openDatabase();
    void chooseLanguage(const QString& code);
    void showAbout();

private:
    void buildNavigation();
    void buildStatusBar();
    // Overview, or Månedsrapport when the database only holds botilbud from data packages.
    ViewId startView() const;
    void updatePhaseLabel();
    void updateDatabaseLabel();
    // Asks every view with unsaved edits to save or discard them; false if the person cancels.
    bool settleUnsavedWork();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Database> m_database;
    DialogService& m_dialogs;
    QList<domain::Botilbud> m_botilbud;
    int m_packageBotilbud = 0; // botilbud known only from data packages (not in the selector)
    domain::BotilbudId m_shownBotilbud; // the botilbud the views show now
    std::map<ViewId, QWidget*> m_views;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_savedLabel = nullptr;
};

} // namespace medsafe::app
