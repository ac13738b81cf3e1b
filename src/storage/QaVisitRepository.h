#pragma once

#include "domain/Result.h"
#include "domain/pharmacy/QaFinding.h"
#include "domain/pharmacy/QaVisit.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the pharmacy's quality-assurance visits with their answers, and the
// findings that follow them up. Checks are the services' (PharmacyService).
class QaVisitRepository {
public:
    explicit QaVisitRepository(Database& db);

    Result<domain::QaVisitId> addVisit(const domain::QaVisit& visit);
    // The visit's fields and answers; only the answers that changed are written, so the
    // audit trail shows what was changed rather than every answer again.
    Status updateVisit(const domain::QaVisit& visit);
    Status removeVisit(domain::QaVisitId id);
    // Oldest first, with their answers.
    Result<QList<domain::QaVisit>> visits(domain::BotilbudId botilbud) const;

    Result<domain::QaFindingId> addFinding(const domain::QaFinding& finding);
    Status updateFinding(const domain::QaFinding& finding);
    Status removeFinding(domain::QaFindingId id);
    // The findings of the botilbud's visits, by visit date then checklist order.
    Result<QList<domain::QaFinding>> findings(domain::BotilbudId botilbud) const;

private:
    Status writeAnswers(domain::QaVisitId visit, const QList<domain::QaAnswer>& answers);

    Database& m_db;
};

} // namespace medsafe::storage
