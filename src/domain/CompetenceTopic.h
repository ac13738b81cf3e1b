#pragma once

#include "domain/Ids.h"

#include <QString>
#include <optional>

namespace medsafe::domain {

// A subject of the competence survey. Built-in topics carry a stable code so reports can
// recognise them; user-defined topics have an empty code.
struct CompetenceTopic {
    CompetenceTopicId id;
    BotilbudId botilbudId;
    QString code; // e.g. "illnesses"; empty for user-defined topics
    QString name;
    int sortOrder = 0;
    // How often the staff need a refresher in this topic (the regular competence refresher
    // the pharmacies ask for); none = no refresher.
    std::optional<int> refresherMonths;

    bool isBuiltIn() const { return !code.isEmpty(); }
    friend bool operator==(const CompetenceTopic&, const CompetenceTopic&) = default;
};

} // namespace medsafe::domain
