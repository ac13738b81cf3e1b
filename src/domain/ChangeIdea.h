#pragma once

#include "domain/Ids.h"

#include <QString>
#include <optional>

namespace medsafe::domain {

// A change idea (forandringsidé), usually linked to the driver it is meant to move.
struct ChangeIdea {
    ChangeIdeaId id;
    BotilbudId botilbudId;
    std::optional<DriverId> driverId;
    QString title;
    QString description;

    friend bool operator==(const ChangeIdea&, const ChangeIdea&) = default;
};

} // namespace medsafe::domain
