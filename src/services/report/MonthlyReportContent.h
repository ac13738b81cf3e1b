#pragma once

#include "domain/Aim.h"
#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/ChecklistItem.h"
#include "domain/IncidentTaxonomy.h"
#include "domain/MonthlyReport.h"
#include "domain/PdsaCycle.h"
#include "domain/ProgrammeEvent.h"
#include "services/measures/DashboardService.h"
#include "services/report/PharmacySummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// A count in a report. Counts of 1-4 are suppressed ("<5") in everything that leaves the
// botilbud (docs/domain.md, Privacy); a suppressed count read back from a package has no value.
struct ReportCount {
    int value = 0;
    bool suppressed = false;

    friend bool operator==(const ReportCount&, const ReportCount&) = default;
};

// One row of an incident breakdown: the taxonomy code (labels are looked up when drawn, so
// a package read by a Danish or English app shows its own words) and the count.
struct ReportCountRow {
    QString code;
    ReportCount count;

    friend bool operator==(const ReportCountRow&, const ReportCountRow&) = default;
};

// The month's medication incidents, counted; no incident text ever enters a report.
struct ReportIncidentSummary {
    ReportCount total;
    ReportCount reachedCitizen;
    QList<ReportCountRow> byStage;       // every ProcessStage, taxonomy order
    QList<ReportCountRow> byConsequence; // every OverallCategory, taxonomy order
    std::optional<int> daysSinceLastError; // at the end of the month

    friend bool operator==(const ReportIncidentSummary&, const ReportIncidentSummary&) = default;
};

// A programme event in or near the month, without participants or notes.
struct ReportEvent {
    domain::EventKind kind = domain::EventKind::Other;
    std::optional<int> number;
    QDate date;
    QString title;
    bool done = false;

    friend bool operator==(const ReportEvent&, const ReportEvent&) = default;
};

// Everything a monthly report (månedsrapport) shows for one botilbud and month, as plain
// values. Built from the botilbud's own database (ReportContentCollector) or read back from a
// data package on the consultant's machine; the PDF, the composer and the package all work
// from this one value, so they say the same thing.
//
// Privacy: cycles carry no responsible person and only the PDSA fields a report shows;
// counts are exact until ReportAnonymiser prepares the content for leaving the botilbud.
struct MonthlyReportContent {
    domain::Botilbud botilbud; // its packageKey names it across databases
    QDate month;         // first day of the month
    QDate generatedOn;
    ProgrammeProgress progress; // at the end of the month
    QList<domain::ChecklistItem> checklist;
    QList<ReportEvent> events; // the month's events and the next planned ones
    QList<MeasureChart> charts; // every active measure, series up to the end of the month
    QList<domain::PdsaCycle> cycles;       // every cycle (the chart markers need them all)
    QList<domain::ChangeIdea> changeIdeas; // for the names of changes
    ReportIncidentSummary incidents;
    // The pharmacy's work (issue 15). Always collected; missing only in content read from a
    // package made before the section existed (format version 2), which then shows no section.
    std::optional<PharmacySummary> pharmacy;
    domain::MonthlyReport report; // the tovholder's narrative, status and PS!'s feedback

    QDate monthEnd() const { return month.addMonths(1).addDays(-1); }
    bool startedInMonth(const domain::PdsaCycle& c) const {
        return c.startDate.isValid() && c.startDate >= month && c.startDate <= monthEnd();
    }
    bool finishedInMonth(const domain::PdsaCycle& c) const {
        return c.endDate.isValid() && c.endDate >= month && c.endDate <= monthEnd() &&
               (c.status == domain::PdsaStatus::Completed || c.status == domain::PdsaStatus::Abandoned);
    }
};

} // namespace medsafe::services
