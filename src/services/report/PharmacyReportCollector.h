#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/QaVisit.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/report/PharmacyProgrammeSummary.h"
#include "services/report/PharmacySummary.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Gathers the pharmacy's part of the reports from the botilbud's database through the pharmacy
// services: for a monthly report as it stood at the month's end (visits after it are left out, a
// finding closed later is shown as still open), for the final evaluation over the programme.
// Exact values; ReportAnonymiser redacts the texts before they leave the botilbud.
// Borrows the database; runs on the thread that opened it.
class PharmacyReportCollector {
public:
    explicit PharmacyReportCollector(storage::Database& db) : m_db(db) {}

    // `programmeStart` starts the "so far" question counts (null: every question up to the
    // month's end).
    Result<PharmacySummary> forMonth(domain::BotilbudId botilbud, const QDate& month,
                                     const QDate& programmeStart) const;
    // `from` (null: from the first record) to `to`, both included.
    Result<PharmacyProgrammeSummary> forProgramme(domain::BotilbudId botilbud, const QDate& from,
                                                  const QDate& to) const;

    // The pure steps, for tests.
    // The newest-starting agreement whose period overlaps [from, to] (`agreements` newest first).
    static std::optional<ReportAgreement> agreementDuring(const QList<domain::PharmacyAgreement>& agreements,
                                                          const QDate& from, const QDate& to);
    static ReportVisit visitOf(const domain::QaVisit& visit, const QList<domain::QaChecklist>& checklists);
    // The findings of visits up to `day` that were not closed on `day`, earliest deadline first.
    // One closed after `day` is shown open: when its work began is not recorded.
    static QList<ReportFinding> openOn(const QList<FindingRow>& findings, const QDate& day);

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
