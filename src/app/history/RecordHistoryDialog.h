#pragma once

#include <QDialog>
#include <functional>

class QPushButton;

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

    // The editor's "Historik…" button, put into the row of `beside` at `position`: it opens the
    // history of the record `record()` names (table row id and title) at the moment of the click.
    struct Record {
        qint64 id = 0;
        QString title;
    };
    static QPushButton* addButton(QPushButton* beside, int position, services::Workspace& workspace,
                                  const QString& table, const QString& toolTip,
                                  std::function<Record()> record);

private:
    HistoryPanel* m_panel;
};

} // namespace medsafe::app
