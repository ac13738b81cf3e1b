#pragma once

#include "domain/IncidentTaxonomy.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::models {

// What the incident list shows: a period, one value per taxonomy column, and a search text
// matched (ignoring case) against the free-text fields and the labels. Unset parts match all.
struct IncidentListFilter {
    QDate from; // null: open
    QDate to;   // null: open
    std::optional<domain::ProcessStage> stage;
    std::optional<domain::ErrorType> errorType;
    std::optional<domain::OverallCategory> consequence;
    std::optional<domain::IncidentStatus> status;
    QString search;

    friend bool operator==(const IncidentListFilter&, const IncidentListFilter&) = default;
};

} // namespace medsafe::models
