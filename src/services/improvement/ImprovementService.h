#pragma once

#include "domain/Aim.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"

#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The Model for Improvement of a botilbud: the aim with its three questions, the driver
// diagram and the change ideas. Each save adds a value without an id or replaces a stored
// one and returns the id; check() gives a form the same refusals field by field.
// Borrows the database; its thread.
class ImprovementService {
public:
    explicit ImprovementService(storage::Database& db) : m_db(db) {}

    Result<QList<domain::Aim>> aims(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::Aim& aim);
    Result<domain::AimId> saveAim(const domain::Aim& aim) const;

    // Ordered by sort order; primaries and secondaries mixed (group them by parentId).
    Result<QList<domain::Driver>> drivers(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::Driver& driver);
    Result<domain::DriverId> saveDriver(const domain::Driver& driver) const;
    // Removes its secondary drivers too; change ideas are kept.
    Status removeDriver(domain::DriverId id) const;

    Result<QList<domain::ChangeIdea>> changeIdeas(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::ChangeIdea& idea);
    Result<domain::ChangeIdeaId> saveChangeIdea(const domain::ChangeIdea& idea) const;
    // Its PDSA cycles are kept, without a change idea.
    Status removeChangeIdea(domain::ChangeIdeaId id) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
