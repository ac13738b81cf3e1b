#pragma once

#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/PdsaCycle.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::services {

// A change idea the botilbud has adopted: one of its PDSA cycles ended with the decision
// Adopt (implementér). The adoption date is that cycle's end date (its start date when it has
// no end); with several adopting cycles the first adoption counts, since that is when the new
// way of working began. Its measures are those linked to any of the idea's cycles.
struct ChangeAdoption {
    domain::ChangeIdea idea;
    std::optional<domain::Driver> driver;
    domain::PdsaCycle adoptingCycle;
    QDate adoptedOn;
    QList<domain::MeasureId> measureIds; // in the order the cycles name them, no duplicates

    // The day a cycle's adoption counts from; null when the cycle has neither date.
    static QDate adoptionDateOf(const domain::PdsaCycle& cycle);
    // The botilbud's adopted changes, newest adoption first. Pure.
    static QList<ChangeAdoption> derive(const QList<domain::PdsaCycle>& cycles,
                                        const QList<domain::ChangeIdea>& ideas,
                                        const QList<domain::Driver>& drivers);
};

} // namespace medsafe::services
