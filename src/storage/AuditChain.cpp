#include "storage/AuditChain.h"

#include <QCryptographicHash>
#include <QStringList>

namespace medsafe::storage {

QString AuditChain::entryHash(const AuditEntry& entry) {
    return entryHash(entry.previousHash, entry.changedAt, entry.actor, entry.table, entry.rowKey,
                     entry.botilbudId > 0 ? QString::number(entry.botilbudId) : QString(), entry.action,
                     entry.oldValues, entry.newValues);
}

QString AuditChain::entryHash(const QString& previousHash, const QString& changedAt, const QString& actor,
                              const QString& table, const QString& rowKey, const QString& botilbud,
                              const QString& action, const QString& oldValues, const QString& newValues) {
    const QString text =
        QStringList{previousHash, changedAt, actor, table, rowKey, botilbud, action, oldValues, newValues}
            .join(QChar(0x1F));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace medsafe::storage
