#pragma once

#include "domain/Ids.h"
#include "services/spread/ChangePackageService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// "Spredning" (a tab of Fastholdelse og spredning): the current botilbud's adopted changes,
// each exportable as a change package (forandringspakke) for another botilbud, and the change
// packages it received, with origin, date, how far it has come with them here, and the
// origin's PDSA story to read. Files are asked for through DialogService; the work is
// ChangePackageService's. Reads again when shown after a change. GUI thread.
class SpreadPage : public QWidget {
    Q_OBJECT
public:
    SpreadPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    QTableWidget* adoptedTable() const { return m_adopted; }
    QTableWidget* receivedTable() const { return m_received; }
    QTextBrowser* storyView() const { return m_story; }

public slots:
    void reload();
    // Asks for a file name and writes the selected adopted change's package.
    void exportSelected();
    // Asks for a file, confirms an unknown sender's key, imports into the current botilbud.
    void importPackage();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void showStory();
    void applyFilter();
    void updateControls();

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_adopted = nullptr;
    QTableWidget* m_received = nullptr;
    QLabel* m_adoptedCount = nullptr;
    QLabel* m_receivedCount = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QTextBrowser* m_story = nullptr;
    QList<services::ExportableChange> m_adoptedChanges;
    QList<services::ReceivedChange> m_receivedChanges;
    domain::BotilbudId m_loadedBotilbud;
    bool m_stale = true;
};

} // namespace medsafe::app
