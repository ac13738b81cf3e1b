#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The programme of a botilbud: its phases, the læringstræf, PS! visits and other events, and
// the start-up checklist. check() tells a form what is wrong field by field; save refuses the
// same values (one rule, in the domain validator). Borrows the database; its thread.
class ProgrammeService {
public:
    explicit ProgrammeService(storage::Database& db) : m_db(db) {}

    // Nothing when the botilbud has no programme yet.
    Result<std::optional<domain::Programme>> programme(domain::BotilbudId botilbud) const;

    Result<QList<domain::ProgrammeEvent>> events(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::ProgrammeEvent& event);
    // Adds a new event (no id) or replaces a stored one, with its participants, in one
    // transaction; returns the event's id.
    Result<domain::ProgrammeEventId> saveEvent(const domain::ProgrammeEvent& event) const;
    Status removeEvent(domain::ProgrammeEventId id) const;

    // All five items in their fixed order, ticked by hand or automatically from the start-up
    // work as of `today` (StartupChecklist; Oversigt reads its rows to tell the two apart).
    Result<QList<domain::ChecklistItem>> checklist(domain::BotilbudId botilbud,
                                                   const QDate& today = QDate::currentDate()) const;
    Status saveChecklistItem(const domain::ChecklistItem& item) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
