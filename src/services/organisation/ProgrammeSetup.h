#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// What "Start et nyt forløb" asks a new tovholder: the botilbud, when the two-year programme
// starts, the working group by name and, if they have one yet, the first aim.
struct ProgrammeSetup {
    QString botilbudName;
    QString municipality;
    int residents = 0;
    QDate programmeStart;   // any day; the programme starts on the first of its month
    QString tovholder;      // the coordinator, also in the working group
    QString leader;
    QStringList workingGroup; // the other members, one name each
    QString aim;              // optional: the aim's statement
};

// Creates a botilbud with its programme (four phases, checklist, default measures and
// competence topics), the people of its working group with their roles, and the first aim,
// all in one transaction: a refused or failed set-up writes nothing. Borrows the database.
class ProgrammeSetupService {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeSetupService)

public:
    static constexpr int kSmallestGroup = 3; // the programme's working group: 3–5 people,
    static constexpr int kLargestGroup = 5;  // the tovholder counted

    explicit ProgrammeSetupService(storage::Database& db) : m_db(db) {}

    // Field by field what must change (fields: botilbudName, residents, programmeStart,
    // tovholder, leader, workingGroup, aim); empty when the set-up can be created.
    domain::ValidationIssues check(const ProgrammeSetup& setup, const QDate& today) const;
    // A sentence when the working group is smaller or larger than the programme asks (not a
    // refusal: a group is often completed later), else empty.
    static QString workingGroupNote(const ProgrammeSetup& setup);

    Result<domain::BotilbudId> create(const ProgrammeSetup& setup, const QDate& today) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
