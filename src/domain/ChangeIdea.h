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
    // The key the change travels under in change packages (forandringspakker): empty for a
    // change that has never been exported or received; the same in every botilbud that has it.
    QString spreadKey;

    friend bool operator==(const ChangeIdea&, const ChangeIdea&) = default;
};

} // namespace medsafe::domain
