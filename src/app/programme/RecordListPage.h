#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/ValidationIssue.h"
#include "services/access/AccessAction.h"

#include <initializer_list>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace medsafe::app {

class DialogService;

// A tab of Forløb og kompetencer with a searchable table of records and, beside it, the form of
// the chosen record: new, save, undo changes and delete, the question about unsaved edits before
// another record is opened, and after a save the saved record chosen again. The page that derives
// from it owns its model (behind the proxy it hands over), its form and its validation mapping,
// and answers the hooks below with source rows of that model and the records' id values.
// GUI thread.
class RecordListPage : public ProgrammePage {
    Q_OBJECT
public:
    void load(services::Workspace& workspace, domain::BotilbudId botilbud) final;
    void newItem() final;
    void focusSearch() final;
    bool saveChanges() final;

protected:
    // The widgets every such page has, from its form.
    struct ListWidgets {
        QLineEdit* search = nullptr;
        QTableView* table = nullptr;
        QPushButton* newButton = nullptr;
        QPushButton* deleteButton = nullptr;
        QPushButton* saveButton = nullptr;
        QPushButton* revertButton = nullptr;
        QWidget* firstField = nullptr; // gets the focus for a new record and on double-click
    };

    RecordListPage(DialogService& dialogs, services::AccessAction editAction, QWidget* parent);

    // Shows `proxy` in the table (single rows, read-only, sortable) and wires the list's widgets.
    void setUpList(const ListWidgets& widgets, QSortFilterProxyModel* proxy);
    // Chooses the record at `sourceRow` in the table without asking, and fills the form with it.
    void selectRow(int sourceRow);
    // Save and undo follow whether the form has changes; delete needs a stored record.
    void updateButtons(bool dirty);
    // Asks about unsaved edits; false when the person chose to stay (or the save was refused).
    bool settle();
    // Shows the messages of `issues` for `fields` in `label`, or hides it when there are none.
    static void showIssues(const domain::ValidationIssues& issues, QLabel* label,
                           std::initializer_list<const char*> fields);

    services::Workspace* workspace() const { return m_workspace; }
    domain::BotilbudId botilbud() const { return m_botilbud; }
    DialogService& dialogs() const { return m_dialogs; }

    // Reads the botilbud's records into the model; false (after a message) when they cannot be read.
    virtual bool readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) = 0;
    // The source row to open after loading, -1 for none; then fillBlank() fills the form.
    virtual int initialRow() const = 0;
    virtual void fillBlank() = 0;
    virtual void fillRow(int sourceRow) = 0;
    // The id value of the record at `sourceRow` (0: none), and the row of one (-1: not listed).
    virtual qint64 idAt(int sourceRow) const = 0;
    virtual int rowOfId(qint64 id) const = 0;
    // The id value of the record in the form (0: a new one).
    virtual qint64 shownId() const = 0;
    // Fills the form with a new record.
    virtual void fillNew() = 0;
    // Checks the form (messages beside the fields) and saves it; the id value, or nothing.
    virtual std::optional<qint64> writeForm() = 0;
    // Asks, then deletes the record in the form; false when it is still there.
    virtual bool deleteShown() = 0;
    virtual QString unsavedQuestion() const = 0;
    virtual void updateCount() = 0;
    virtual void applySearch(const QString& text);
    // Before a new record: by default the question of settle().
    virtual bool settleBeforeNew() { return settle(); }

    bool m_filling = false; // the form is being filled, so its edits are no changes

private:
    void onCurrentChanged();
    void deleteCurrent();

    DialogService& m_dialogs;
    // Who may add, change and delete these records (the role table in AccessPolicy).
    services::AccessAction m_editAction;
    bool m_watchingSession = false;
    ListWidgets m_list;
    QSortFilterProxyModel* m_proxy = nullptr;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    bool m_loading = false; // the table's current row changes without asking about the form
};

} // namespace medsafe::app
