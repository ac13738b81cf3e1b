#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// A residential care home (botilbud) taking part in the programme. Everything else hangs off it.
struct Botilbud {
    BotilbudId id;
    QString name;
    QString municipality;
    int residentCount = 0; // used for resident-days in rate measures
    QDate createdDate;

    friend bool operator==(const Botilbud&, const Botilbud&) = default;
};

} // namespace medsafe::domain
