#pragma once

#include "domain/Person.h"
#include "services/report/FinalEvaluationContent.h"
#include "services/report/MonthlyReportContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::services {

// Prepares a report's content for leaving the botilbud (the PDF for PS! and the data
// package alike), so both carry exactly the same, safe content:
//  - small incident counts become "<5" (SmallCountSuppression);
//  - PDSA cycles keep only what a report shows: no responsible person, no Plan who/what/
//    where/when or Do notes, which are where names of staff and residents turn up;
//  - in every text that does travel, staff names and CPR-shaped numbers are replaced by
//    "[navn]" and "[CPR-nummer]"; the tovholder's wording is otherwise left alone;
//  - checklist notes and event notes are dropped;
//  - the pharmacy section carries no people to begin with; its pharmacy name and checklist
//    item texts are redacted like every other text.
// Stateless; any thread.
class ReportAnonymiser {
    Q_DECLARE_TR_FUNCTIONS(ReportAnonymiser)

public:
    static MonthlyReportContent forSharing(MonthlyReportContent content, const QList<domain::Person>& staff);
    // The same rules for the final evaluation (aims, cycles, monthly narratives, phase counts).
    static FinalEvaluationContent forSharing(FinalEvaluationContent content, const QList<domain::Person>& staff);

    // `text` with whole-word staff names (each part of 3+ letters) and CPR-shaped numbers
    // replaced. `replaced` counts the replacements when given.
    static QString redact(const QString& text, const QList<domain::Person>& staff, int* replaced = nullptr);
    static QString namePlaceholder();
    static QString cprPlaceholder();
};

} // namespace medsafe::services
