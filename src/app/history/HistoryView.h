#pragma once

#include "app/UnsavedWork.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class HistoryPanel;

// Historik: the current botilbud's changes, newest first, filtered by person, kind and dates,
// each with its fields before and after; and a check that the trail is as it was written.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    HistoryView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    void reload();
    // Walks the hash chain and says whether it holds (the same check as medicinsikker-cli check).
    void checkChain();
    HistoryPanel* panel() const { return m_panel; }
    QComboBox* personFilter() const { return m_person; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* chainLabel() const { return m_chain; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void fillPeople();

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    QComboBox* m_person;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QLabel* m_chain;
    QPushButton* m_checkChain;
    HistoryPanel* m_panel;
    bool m_stale = true;
};

} // namespace medsafe::app
