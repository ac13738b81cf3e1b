#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// The aim of the improvement work, with the three questions of the Model for Improvement.
struct Aim {
    AimId id;
    BotilbudId botilbudId;
    QString statement;        // specific and time-bound
    QString whatToAccomplish; // Hvad ønsker vi at opnå?
    QString howWillWeKnow;    // Hvordan ved vi, at en forandring er en forbedring?
    QString whatChanges;      // Hvilke forandringer kan vi iværksætte ...?
    QDate targetDate;

    friend bool operator==(const Aim&, const Aim&) = default;
};

} // namespace medsafe::domain
