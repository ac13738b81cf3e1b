#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "storage/AuditChain.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace medsafe::storage {

class Database;

// What part of the trail to read. Empty fields do not filter.
struct AuditQuery {
    domain::BotilbudId botilbud; // 0: every botilbud (and changes belonging to none)
    QString actor;
    QStringList tables;
    QString rowKey; // with one table: that row's history
    QDate from;     // UTC day, inclusive
    QDate to;       // UTC day, inclusive
    int limit = 2000;
};

// The outcome of checking the hash chain entry by entry.
struct AuditChainVerdict {
    enum class Problem {
        None,
        PreviousHashDiffers, // the entry before it was removed or changed (previousId names it)
        ContentDiffers,      // the entry itself was changed
    };
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // 0: the chain holds
    Problem problemKind = Problem::None;
    qint64 previousId = 0; // for PreviousHashDiffers: the entry before it as stored now
    QString problem;       // what is wrong with that entry (English, for the log)
    QString headHash;      // the last entry's hash (empty without entries)
    bool holds() const { return firstBrokenId == 0; }
};

// Reads the audit trail (written only by the triggers, never by this class) and checks its
// hash chain.
class AuditRepository {
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    // Newest first.
    Result<QList<AuditEntry>> entries(const AuditQuery& query) const;
    // Every login that appears in the trail of `botilbud` (0: the whole trail), sorted.
    Result<QStringList> actors(domain::BotilbudId botilbud = {}) const;
    // Walks the whole trail in order: each entry must name the previous entry's hash and its
    // own hash must be the hash of its fields. The first entry that does not is named.
    Result<AuditChainVerdict> verifyChain() const;

private:
    Database& m_db;
};

} // namespace medsafe::storage
