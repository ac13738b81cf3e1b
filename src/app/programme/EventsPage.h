#pragma once

#include "app/programme/RecordListPage.h"
#include "domain/Person.h"
#include "domain/ProgrammeEvent.h"

#include <memory>

namespace Ui {
class EventsPage;
}

namespace medsafe::models {
class ProgrammeEventModel;
}

namespace medsafe::app {

// The Forløb tab: the programme's events (læringstræf 1–7, PS! visits 1–5, the pharmacy's
// teaching, other) in a sortable, searchable list, and beside it the form of the chosen event
// with date, title, whether it was held, the participants (a checkable staff list) and notes.
// The form's edits are pending until Gem; switching event asks first. GUI thread.
class EventsPage : public RecordListPage {
    Q_OBJECT
public:
    EventsPage(DialogService& dialogs, QWidget* parent = nullptr);
    ~EventsPage() override;

    bool hasUnsavedChanges() const override;
    void discardChanges() override;

private:
    bool readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    int initialRow() const override;
    void fillBlank() override;
    void fillRow(int sourceRow) override;
    qint64 idAt(int sourceRow) const override;
    int rowOfId(qint64 id) const override;
    qint64 shownId() const override { return m_shown.id.value; }
    void fillNew() override;
    std::optional<qint64> writeForm() override;
    bool deleteShown() override;
    QString unsavedQuestion() const override;
    void updateCount() override;

    void fillForm(const domain::ProgrammeEvent& event);
    domain::ProgrammeEvent formEvent() const;
    void updateFormState();

    const std::unique_ptr<Ui::EventsPage> m_ui;
    models::ProgrammeEventModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QList<domain::Person> m_people;
    domain::ProgrammeEvent m_shown; // the event in the form as last loaded or saved
};

} // namespace medsafe::app
