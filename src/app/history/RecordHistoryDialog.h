#pragma once

#include <QDialog>

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class HistoryPanel;

// One record's own history, from its editor ("Historik…" in PDSA and Hændelser).
class RecordHistoryDialog : public QDialog {
    Q_OBJECT
public:
    RecordHistoryDialog(services::Workspace& workspace, const QString& table, qint64 id, const QString& title,
                        QWidget* parent = nullptr);
    HistoryPanel* panel() const { return m_panel; }

private:
    HistoryPanel* m_panel;
};

} // namespace medsafe::app
