#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// One run of the competence survey (kompetenceafdækning), e.g. at the start and after a year.
struct SurveyRound {
    SurveyRoundId id;
    BotilbudId botilbudId;
    QString name;
    QDate date;

    friend bool operator==(const SurveyRound&, const SurveyRound&) = default;
};

} // namespace medsafe::domain
