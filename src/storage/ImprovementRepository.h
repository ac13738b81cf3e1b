#pragma once

#include "domain/Aim.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/Result.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the Model for Improvement of a botilbud: aims, the driver diagram and
// change ideas.
class ImprovementRepository {
public:
    explicit ImprovementRepository(Database& db);

    Result<domain::AimId> addAim(const domain::Aim& aim);
    Status updateAim(const domain::Aim& aim);
    Status removeAim(domain::AimId id);
    Result<QList<domain::Aim>> aims(domain::BotilbudId botilbud) const;

    Result<domain::DriverId> addDriver(const domain::Driver& driver);
    Status updateDriver(const domain::Driver& driver);
    // Removes its secondary drivers too.
    Status removeDriver(domain::DriverId id);
    // Ordered by sort order; primaries and secondaries mixed (group them by parentId).
    Result<QList<domain::Driver>> drivers(domain::BotilbudId botilbud) const;

    Result<domain::ChangeIdeaId> addChangeIdea(const domain::ChangeIdea& idea);
    Status updateChangeIdea(const domain::ChangeIdea& idea);
    Status setSpreadKey(domain::ChangeIdeaId id, const QString& key);
    Status removeChangeIdea(domain::ChangeIdeaId id);
    Result<QList<domain::ChangeIdea>> changeIdeas(domain::BotilbudId botilbud) const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
