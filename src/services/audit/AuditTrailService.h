#pragma once

#include "domain/Result.h"
#include "services/audit/HistoryEntry.h"
#include "storage/AuditRepository.h"

#include <QCoreApplication>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The audit trail for people: who changed what and when, with names instead of logins, and
// incident free text and reporters withheld from anyone outside the incident's botilbud (the
// PS! consultant, another botilbud's people on a shared server). Also the chain check that
// `medicinsikker-cli check` reports.
class AuditTrailService {
    Q_DECLARE_TR_FUNCTIONS(AuditTrailService)

public:
    explicit AuditTrailService(storage::Database& db) : m_db(db) {}

    // Newest first.
    Result<QList<HistoryEntry>> history(const HistoryFilter& filter) const;
    // The logins in the trail with the names behind them, for the person filter.
    Result<QList<QPair<QString, QString>>> actors() const;
    Result<storage::AuditChainVerdict> verifyChain() const;

    // Incident columns only the incident's own botilbud may read in the history.
    static QStringList privateIncidentFields();

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
