#pragma once

#include "domain/Ids.h"
#include "services/organisation/ProgrammeSetup.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QDateEdit;

namespace medsafe::storage {
class Database;
}

namespace medsafe::app {

// "Start et nyt forløb": a guided set-up for a new tovholder in four short pages — the
// botilbud, the programme's start month (with its four phases shown), the working group by
// name, and the first aim if they have one. Each page's fields are checked by
// services::ProgrammeSetupService before going on (the message stands under the page);
// Finish creates everything in one transaction. GUI thread.
class NewProgrammeWizard : public QWizard {
    Q_OBJECT
public:
    NewProgrammeWizard(storage::Database& database, const QDate& today, QWidget* parent = nullptr);

    services::ProgrammeSetup setup() const;
    // The botilbud made by Finish (invalid before, or when creating it failed).
    domain::BotilbudId createdBotilbud() const { return m_created; }
    // Finish: checks the last page, creates everything, and closes only when it was written.
    void accept() override;

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* botilbudPage();
    QWizardPage* programmePage();
    QWizardPage* groupPage();
    QWizardPage* aimPage();
    void showPhases();
    void showGroupNote();

    storage::Database& m_database;
    QDate m_today;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_municipality = nullptr;
    QSpinBox* m_residents = nullptr;
    QDateEdit* m_start = nullptr;
    QLabel* m_phases = nullptr;
    QLineEdit* m_tovholder = nullptr;
    QLineEdit* m_leader = nullptr;
    QPlainTextEdit* m_members = nullptr;
    QLabel* m_groupNote = nullptr;
    QPlainTextEdit* m_aim = nullptr;
    QList<QLabel*> m_errorLabels; // one per page, in page order
    domain::BotilbudId m_created;
};

} // namespace medsafe::app
