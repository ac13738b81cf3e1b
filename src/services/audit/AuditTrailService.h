#pragma once

#include "domain/Result.h"
#include "services/audit/HistoryEntry.h"
#include "storage/AuditRepository.h"

#include <QCoreApplication>
#include <QHash>

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
    // The logins in the trail of `botilbud` (0: all) with the names behind them, for the
    // person filter.
    Result<QList<QPair<QString, QString>>> actors(domain::BotilbudId botilbud = {}) const;
    Result<storage::AuditChainVerdict> verifyChain() const;

    // Incident columns only the incident's own botilbud may read in the history.
    static QStringList privateIncidentFields();

private:
    // login -> the person's name, for every account.
    Result<QHash<QString, QString>> accountNames() const;

    storage::Database& m_db;
};

} // namespace medsafe::services
