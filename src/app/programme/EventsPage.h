#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/Person.h"
#include "domain/ProgrammeEvent.h"

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class EventsPage;
}

namespace medsafe::models {
class ProgrammeEventModel;
}

namespace medsafe::app {

class DialogService;

// The Forløb tab: the programme's events (læringstræf 1–7, PS! visits 1–5, the pharmacy's
// teaching, other) in a sortable, searchable list, and beside it the form of the chosen event
// with date, title, whether it was held, the participants (a checkable staff list) and notes.
// The form's edits are pending until Gem; switching event asks first. GUI thread.
class EventsPage : public ProgrammePage {
    Q_OBJECT
public:
    EventsPage(DialogService& dialogs, QWidget* parent = nullptr);
    ~EventsPage() override;

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void newItem() override;
    void focusSearch() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

private:
    void fillForm(const domain::ProgrammeEvent& event);
    domain::ProgrammeEvent formEvent() const;
    void selectRow(int sourceRow);
    void onCurrentChanged();
    void deleteCurrent();
    void updateCount();
    void updateFormState();
    bool settle();

    const std::unique_ptr<Ui::EventsPage> m_ui;
    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    models::ProgrammeEventModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QList<domain::Person> m_people;
    domain::ProgrammeEvent m_shown; // the event in the form as last loaded or saved
    bool m_filling = false;
    bool m_loading = false;
};

} // namespace medsafe::app
