#pragma once

#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaFinding.h"
#include "services/pharmacy/PharmacyFigures.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// The pharmacy agreement as a report shows it: the pharmacy's name and the visits agreed a
// year. Never the contact person or the phone number or e-mail: they name a person.
struct ReportAgreement {
    QString pharmacyName;
    int visitsPerYear = 0; // quality-assurance visits agreed a year

    friend bool operator==(const ReportAgreement&, const ReportAgreement&) = default;
};

// One quality-assurance visit, counted: never the auditor, the summary or the answers' notes.
// Counts rather than a rounded share (docs/architecture.md, Data), so the share is computed
// where it is shown and the counts can be checked against each other when read back.
struct ReportVisit {
    QDate date;
    ComplianceCount overall;
    QList<AreaCompliance> byArea; // areas the checklist has items in, QaArea order

    friend bool operator==(const ReportVisit&, const ReportVisit&) = default;
};

// A finding not closed at the end of the period: which checklist item (its area and wording,
// which is procedure text, not a person's), how serious, by when and how far it is. Never the
// action typed for it or the person responsible.
struct ReportFinding {
    domain::QaArea area = domain::QaArea::Storage;
    QString item;
    domain::FindingSeverity severity = domain::FindingSeverity::Medium;
    QDate visitDate;
    QDate dueDate;                                              // null when no deadline was set
    domain::FindingStatus status = domain::FindingStatus::Open; // never Closed here

    // Past its deadline on `day` (the same rule as QaFinding::isOverdue).
    bool isOverdue(const QDate& day) const { return dueDate.isValid() && dueDate < day; }
    friend bool operator==(const ReportFinding&, const ReportFinding&) = default;
};

// The monthly report's section on the pharmacy's work (issue 15): the agreement, the
// quality-assurance visits, the findings still open at the month's end and the questions put
// to the pharmacy, all as they stood at the end of the month. Collected by
// PharmacyReportCollector.
//
// Privacy: no person and no text typed about a resident travels here; the only texts are the
// pharmacy's name and the checklist items' wording, which ReportAnonymiser still redacts. The
// counts are not suppressed below 5 like incident counts: they count checklist points and
// questions about medicine, and none of them points to a resident or a member of staff.
struct PharmacySummary {
    std::optional<ReportAgreement> agreement; // the newest agreement in force during the month
    int visitsInMonth = 0;
    std::optional<ReportVisit> latestVisit;        // on or before the month's end
    QList<ReportFinding> openFindings;             // not closed at the month's end, earliest deadline first
    QList<QuestionCategoryCount> questionsInMonth; // every category, category order
    QList<QuestionCategoryCount> questionsSoFar;   // from the programme's start to the month's end
    int procedureChangesInMonth = 0;               // questions of the month that led to a changed procedure
    int procedureChangesSoFar = 0;

    int overdueOn(const QDate& day) const {
        int n = 0;
        for (const ReportFinding& f : openFindings)
            if (f.isOverdue(day)) ++n;
        return n;
    }
    static int total(const QList<QuestionCategoryCount>& counts) {
        int n = 0;
        for (const QuestionCategoryCount& c : counts)
            n += c.count;
        return n;
    }
    // Nothing to say: no agreement, no visit, no finding and no question (the report then says
    // so in one line).
    bool isEmpty() const {
        return !agreement && !latestVisit && openFindings.isEmpty() && total(questionsSoFar) == 0 &&
               total(questionsInMonth) == 0;
    }
    friend bool operator==(const PharmacySummary&, const PharmacySummary&) = default;
};

} // namespace medsafe::services
