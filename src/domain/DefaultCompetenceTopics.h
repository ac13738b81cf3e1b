#pragma once

#include "domain/CompetenceTopic.h"

#include <QList>

namespace medsafe::domain {

// The built-in topics of the competence survey (Danish data, like DefaultMeasures).
class DefaultCompetenceTopics {
public:
    static QList<CompetenceTopic> forNewBotilbud();
};

} // namespace medsafe::domain
