#pragma once

#include "domain/RowVersion.h"
#include "domain/Ids.h"
#include "domain/IncidentTaxonomy.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace medsafe::domain {

// An adverse event (utilsigtet hændelse, UTH) with medicine.
// occurredDate/occurredTime are the wall-clock date and time at the botilbud (not UTC): month
// counts and "days between" must follow the local calendar. The reporter is kept locally only
// and is never exported.
struct Incident {
    IncidentId id;
    BotilbudId botilbudId;
    QDate occurredDate;
    QTime occurredTime; // null = time unknown
    QDate reportedDate;
    ProcessStage stage = ProcessStage::Other;
    ErrorType errorType = ErrorType::Other;
    ActualConsequence actualConsequence = ActualConsequence::NoneOrUnknown;
    PossibleConsequence possibleConsequence = PossibleConsequence::None;
    bool reachedCitizen = false;
    bool requiredDoctorContact = false;
    std::optional<NccMerpCategory> nccMerp;
    QString description;
    QString immediateAction;
    QString learning; // learning and follow-up
    IncidentStatus status = IncidentStatus::New;
    std::optional<PersonId> reporterId; // never exported
    RowVersion rowVersion; // see RowVersion: refuses a save over someone else's newer incident

    OverallCategory overallCategory() const {
        return deriveOverallCategory(actualConsequence, possibleConsequence);
    }

    friend bool operator==(const Incident&, const Incident&) = default;
};

} // namespace medsafe::domain
