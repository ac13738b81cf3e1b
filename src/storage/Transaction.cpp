#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QSqlError>

namespace medsafe::storage {

Transaction::Transaction(Database& db) : m_db(db) {
    m_outermost = m_db.m_transactionDepth == 0;
    if (m_outermost) {
        m_db.m_rollbackOnly = false;
        QSqlDatabase conn = m_db.connection();
        m_active = conn.transaction();
        if (!m_active) storageLog()->error("BEGIN failed: {}", conn.lastError().text().toStdString());
    } else {
        m_active = true;
    }
    if (m_active) ++m_db.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_active && !m_done) rollback();
}

Status Transaction::commit() {
    if (!m_active || m_done) return Error::technical(QStringLiteral("commit without an active transaction"));
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost) return success();
    QSqlDatabase conn = m_db.connection();
    if (m_db.m_rollbackOnly) {
        conn.rollback();
        return Error::technical(QStringLiteral("transaction rolled back: an inner step failed"));
    }
    if (!conn.commit()) {
        const QString message = conn.lastError().text();
        storageLog()->error("COMMIT failed: {}", message.toStdString());
        conn.rollback();
        return Error::technical(QStringLiteral("COMMIT failed: %1").arg(message));
    }
    return success();
}

void Transaction::rollback() {
    if (!m_active || m_done) return;
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost) {
        m_db.m_rollbackOnly = true;
        return;
    }
    QSqlDatabase conn = m_db.connection();
    if (!conn.rollback()) storageLog()->error("ROLLBACK failed: {}", conn.lastError().text().toStdString());
}

} // namespace medsafe::storage
