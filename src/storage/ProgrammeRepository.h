#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes the programme of a botilbud: start date and phases, events with their
// participants, and the start-up checklist.
class ProgrammeRepository {
public:
    explicit ProgrammeRepository(Database& db);

    // Creates or replaces the programme and its phases.
    Status save(const domain::Programme& programme);
    // Nothing when the botilbud has no programme yet.
    Result<std::optional<domain::Programme>> programme(domain::BotilbudId botilbud) const;

    Result<domain::ProgrammeEventId> addEvent(const domain::ProgrammeEvent& event);
    Status updateEvent(const domain::ProgrammeEvent& event);
    Status removeEvent(domain::ProgrammeEventId id);
    Result<domain::ProgrammeEvent> event(domain::ProgrammeEventId id) const;
    // Ordered by date.
    Result<QList<domain::ProgrammeEvent>> events(domain::BotilbudId botilbud) const;

    // Creates or replaces one checklist item.
    Status saveChecklistItem(const domain::ChecklistItem& item);
    // All five items in their fixed order; items never saved come back as not done.
    Result<QList<domain::ChecklistItem>> checklist(domain::BotilbudId botilbud) const;

private:
    Status writeParticipants(domain::ProgrammeEventId id, const QList<domain::PersonId>& participants);
    Result<QList<domain::ProgrammeEvent>> selectEvents(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace medsafe::storage
