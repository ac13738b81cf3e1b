#pragma once

#include "domain/Result.h"

namespace medsafe::storage {

class Database;

// RAII transaction guard: begins on construction, rolls back on destruction unless commit()
// succeeded. Guards nest: only the outermost one talks to the database, so a repository call
// that opens its own guard can run inside a caller's larger transaction. If an inner guard is
// destroyed without commit, the whole outer transaction is marked failed and its commit()
// rolls back and reports an error — a half-done aggregate is never written.
// Lives on the thread of its Database.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed; commit() then fails too.
    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_outermost = false;
    bool m_active = false;
    bool m_done = false;
};

} // namespace medsafe::storage
