#pragma once

#include "services/report/PharmacySummary.h"

#include <QList>
#include <optional>

namespace medsafe::services {

// The final evaluation's section on the pharmacy's work over the whole programme: every
// quality-assurance visit with its compliance, how many findings the visits opened and how many
// were closed by the end, and the questions put to the pharmacy by category. Counts only, plus
// the pharmacy's name (redacted like every text that leaves the botilbud). Collected by
// PharmacyReportCollector.
struct PharmacyProgrammeSummary {
    std::optional<ReportAgreement> agreement; // the newest agreement in force during the programme
    QList<ReportVisit> visits;                // oldest first
    int findingsOpened = 0;                   // findings of the programme's visits
    int findingsClosed = 0;                   // of those, closed by the end
    int findingsOverdue = 0;                  // of those still open, past their deadline at the end
    QList<QuestionCategoryCount> questions;   // every category, category order
    int procedureChanges = 0;                 // questions that led to a changed procedure

    int findingsStillOpen() const { return findingsOpened - findingsClosed; }
    bool isEmpty() const {
        return !agreement && visits.isEmpty() && findingsOpened == 0 &&
               PharmacySummary::total(questions) == 0;
    }
};

} // namespace medsafe::services
