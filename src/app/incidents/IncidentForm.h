#pragma once

#include "app/UnsavedWork.h"
#include "domain/Incident.h"
#include "domain/Person.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class IncidentForm;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The form that registers or edits one incident (utilsigtet hændelse): every field of the
// taxonomy, the overall category derived live as the consequences change, and the privacy
// guards. A CPR-shaped number is refused next to its field in red, saying why; a word matching
// a staff name is shown in amber and saved only after the person confirms. Saves through the
// workspace's IncidentService (validated there; the database may have been replaced). Lives on the GUI
// thread.
class IncidentForm : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    IncidentForm(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~IncidentForm() override;

    // A blank incident for `botilbud`, dated today.
    void startNew(domain::BotilbudId botilbud);
    void edit(const domain::Incident& incident);
    // Staff names the free text is checked against (the botilbud's people).
    void setStaff(const QList<domain::Person>& staff);
    domain::Incident incident() const;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

signals:
    void saved(domain::IncidentId id);
    void removed(domain::IncidentId id);

private:
    // Saves the checked incident and shows it as stored; a conflict goes to resolveConflict.
    bool store(const domain::Incident& incident);
    // Someone else saved the incident since it was opened: both versions, and the person's choice.
    bool resolveConflict(domain::Incident mine);
    void fillCombos();
    void show(const domain::Incident& incident);
    void updateOverall();
    // Shows the refusals and warnings next to their fields; true when nothing blocks saving.
    bool checkFields(bool forSave);
    void showMessage(QLabel* label, const QString& text, bool refusal);
    void removeIncident();

    // The save and delete buttons for what the signed-in person may do.
    void applyAccess();

    const std::unique_ptr<Ui::IncidentForm> m_ui;
    QCheckBox* m_anonymous = nullptr;
    QPushButton* m_history = nullptr;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    domain::Incident m_original;
    QList<domain::Person> m_staff;
    bool m_loading = false;
};

} // namespace medsafe::app
