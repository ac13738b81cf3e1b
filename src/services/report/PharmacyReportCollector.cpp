#include "services/report/PharmacyReportCollector.h"

#include "services/pharmacy/PharmacyFigures.h"
#include "services/pharmacy/PharmacyService.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// Everything of the botilbud's pharmacy work, read once per report.
struct PharmacyRecords {
    QList<PharmacyAgreement> agreements;
    QList<QaChecklist> checklists;
    QList<QaVisit> visits; // oldest first
    QList<FindingRow> findings;
    QList<PharmacyQuestion> questions;
};

Result<PharmacyRecords> load(storage::Database& db, BotilbudId botilbud) {
    PharmacyRecords r;
    const PharmacyService pharmacy(db);
    const QaVisitService visits(db);
    auto agreements = pharmacy.agreements(botilbud);
    if (!agreements) return agreements.error();
    r.agreements = std::move(*agreements);
    auto checklists = pharmacy.checklists(botilbud);
    if (!checklists) return checklists.error();
    r.checklists = std::move(*checklists);
    auto visitList = visits.visits(botilbud);
    if (!visitList) return visitList.error();
    r.visits = std::move(*visitList);
    // Stored oldest first; sorted again so "latest" does not depend on the repository's order.
    std::stable_sort(r.visits.begin(), r.visits.end(),
                     [](const QaVisit& a, const QaVisit& b) { return a.visitDate < b.visitDate; });
    // The visits and versions just read give the findings their dates and items.
    auto findings = visits.findings(botilbud, r.visits, r.checklists);
    if (!findings) return findings.error();
    r.findings = std::move(*findings);
    auto questions = pharmacy.questions(botilbud);
    if (!questions) return questions.error();
    r.questions = std::move(*questions);
    return r;
}

bool within(const QDate& day, const QDate& from, const QDate& to) {
    return day.isValid() && (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

int procedureChanges(const QList<PharmacyQuestion>& questions, const QDate& from, const QDate& to) {
    return static_cast<int>(
        std::count_if(questions.cbegin(), questions.cend(), [&](const PharmacyQuestion& q) {
            return q.ledToProcedureChange && within(q.askedOn, from, to);
        }));
}

// Closed on or before `day`. A closed finding without a closing day was closed before the day
// was required; it counts as closed.
bool closedBy(const QaFinding& f, const QDate& day) {
    return f.status == FindingStatus::Closed && (!f.closedOn.isValid() || f.closedOn <= day);
}

} // namespace

std::optional<ReportAgreement>
PharmacyReportCollector::agreementDuring(const QList<PharmacyAgreement>& agreements, const QDate& from,
                                         const QDate& to) {
    const PharmacyAgreement* newest = nullptr;
    for (const PharmacyAgreement& a : agreements) {
        const bool overlaps = a.startsOn.isValid() && (!to.isValid() || a.startsOn <= to) &&
                              (!a.endsOn.isValid() || !from.isValid() || a.endsOn >= from);
        if (overlaps && (!newest || a.startsOn > newest->startsOn)) newest = &a;
    }
    if (!newest) return std::nullopt;
    return ReportAgreement{newest->pharmacyName, newest->visitsPerYear};
}

ReportVisit PharmacyReportCollector::visitOf(const QaVisit& visit, const QList<QaChecklist>& checklists) {
    ReportVisit out;
    out.date = visit.visitDate;
    const QaChecklist* checklist = PharmacyFigures::checklistFor(visit, checklists);
    if (!checklist) return out; // a visit always has its version; nothing to count without
    out.overall = PharmacyFigures::compliance(visit, *checklist);
    out.byArea = PharmacyFigures::complianceByArea(visit, *checklist);
    return out;
}

QList<ReportFinding> PharmacyReportCollector::openOn(const QList<FindingRow>& findings, const QDate& day) {
    QList<ReportFinding> open;
    for (const FindingRow& row : findings) {
        if (!row.visitDate.isValid() || row.visitDate > day || closedBy(row.finding, day)) continue;
        const FindingStatus status =
            row.finding.status == FindingStatus::Closed ? FindingStatus::Open : row.finding.status;
        open.append(
            {row.item.area, row.item.text, row.finding.severity, row.visitDate, row.finding.dueDate, status});
    }
    // Earliest deadline first (the most overdue on top), findings without one last.
    std::stable_sort(open.begin(), open.end(), [](const ReportFinding& a, const ReportFinding& b) {
        if (a.dueDate.isValid() != b.dueDate.isValid()) return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    return open;
}

Result<PharmacySummary> PharmacyReportCollector::forMonth(BotilbudId botilbud, const QDate& month,
                                                          const QDate& programmeStart) const {
    auto records = load(m_db, botilbud);
    if (!records) return records.error();
    const PharmacyRecords& r = *records;
    const QDate first(month.year(), month.month(), 1);
    const QDate monthEnd = first.addMonths(1).addDays(-1);

    PharmacySummary s;
    s.agreement = agreementDuring(r.agreements, first, monthEnd);
    for (const QaVisit& visit : r.visits) {
        if (visit.visitDate > monthEnd) break;
        if (visit.visitDate >= first) ++s.visitsInMonth;
        s.latestVisit = visitOf(visit, r.checklists);
    }
    s.openFindings = openOn(r.findings, monthEnd);
    // A programme starting after the month has no "so far" yet: count from the month itself.
    const QDate soFarFrom = programmeStart.isValid() && programmeStart > first ? first : programmeStart;
    s.questionsInMonth = PharmacyFigures::questionsByCategory(r.questions, first, monthEnd);
    s.questionsSoFar = PharmacyFigures::questionsByCategory(r.questions, soFarFrom, monthEnd);
    s.procedureChangesInMonth = procedureChanges(r.questions, first, monthEnd);
    s.procedureChangesSoFar = procedureChanges(r.questions, soFarFrom, monthEnd);
    return s;
}

Result<PharmacyProgrammeSummary> PharmacyReportCollector::forProgramme(BotilbudId botilbud, const QDate& from,
                                                                       const QDate& to) const {
    auto records = load(m_db, botilbud);
    if (!records) return records.error();
    const PharmacyRecords& r = *records;

    PharmacyProgrammeSummary s;
    s.agreement = agreementDuring(r.agreements, from, to);
    for (const QaVisit& visit : r.visits)
        if (within(visit.visitDate, from, to)) s.visits.append(visitOf(visit, r.checklists));
    for (const FindingRow& row : r.findings) {
        if (!within(row.visitDate, from, to)) continue;
        ++s.findingsOpened;
        if (closedBy(row.finding, to))
            ++s.findingsClosed;
        else if (row.finding.dueDate.isValid() && row.finding.dueDate < to)
            ++s.findingsOverdue;
    }
    s.questions = PharmacyFigures::questionsByCategory(r.questions, from, to);
    s.procedureChanges = procedureChanges(r.questions, from, to);
    return s;
}

} // namespace medsafe::services
