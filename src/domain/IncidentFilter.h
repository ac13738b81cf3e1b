#pragma once

#include "domain/Incident.h"

#include <optional>

namespace medsafe::domain {

// Which incidents feed a derived measure. An empty filter means "all medication incidents".
// Each set criterion narrows the selection (they are combined with AND).
struct IncidentFilter {
    std::optional<ErrorType> errorType;
    std::optional<ProcessStage> stage;
    bool requiredDoctorContactOnly = false;
    bool reachedCitizenOnly = false;

    bool isEmpty() const { return !errorType && !stage && !requiredDoctorContactOnly && !reachedCitizenOnly; }

    bool matches(const Incident& incident) const {
        return (!errorType || incident.errorType == *errorType) && (!stage || incident.stage == *stage) &&
               (!requiredDoctorContactOnly || incident.requiredDoctorContact) &&
               (!reachedCitizenOnly || incident.reachedCitizen);
    }

    friend bool operator==(const IncidentFilter&, const IncidentFilter&) = default;
};

} // namespace medsafe::domain
