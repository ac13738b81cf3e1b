#pragma once

#include "domain/pharmacy/QaChecklist.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace medsafe::app {

// Edits the botilbud's audit checklist: each item's area and wording, new items, removed
// ones, their order. OK gives the items; the page saves them as the checklist's next version.
// GUI thread.
class ChecklistEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChecklistEditorDialog(const QList<domain::QaChecklistItem>& items, QWidget* parent = nullptr);

    QList<domain::QaChecklistItem> items() const;
    void addItem(domain::QaArea area, const QString& text);
    void removeRow(int row);
    void moveRow(int row, int by);
    QTableWidget& table() const { return *m_table; }

    void accept() override;

private:
    void setRow(int row, domain::QaArea area, const QString& text);

    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace medsafe::app
