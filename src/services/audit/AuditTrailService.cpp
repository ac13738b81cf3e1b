#include "services/audit/AuditTrailService.h"

#include "services/audit/HistoryLabels.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace medsafe::services {

namespace {

QString valueText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<qint64>(number) ? QString::number(static_cast<qint64>(number))
                                                     : QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

// The fields that differ (an insert: every field set; a delete: every field it had). The
// keys, the row version and the time stamps are bookkeeping, not changes anyone made.
QList<HistoryChange> changesOf(const QString& oldText, const QString& newText) {
    const QJsonObject before = QJsonDocument::fromJson(oldText.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newText.toUtf8()).object();
    QStringList fields = before.keys();
    for (const QString& key : after.keys())
        if (!fields.contains(key)) fields << key;
    QList<HistoryChange> changes;
    for (const QString& field : fields) {
        if (field == QLatin1String("row_version") || field == QLatin1String("updated_at") ||
            field == QLatin1String("id") || field == QLatin1String("botilbud_id") ||
            field == QLatin1String("created_at"))
            continue;
        const QString was = valueText(before.value(field));
        const QString now = valueText(after.value(field));
        if (was == now) continue;
        changes.append({field, was, now});
    }
    return changes;
}

} // namespace

QStringList AuditTrailService::privateIncidentFields() {
    return {QStringLiteral("description"), QStringLiteral("immediate_action"), QStringLiteral("learning"),
            QStringLiteral("reporter_id")};
}

Result<QList<HistoryEntry>> AuditTrailService::history(const HistoryFilter& filter) const {
    storage::AuditQuery query;
    query.botilbud = filter.botilbud;
    query.actor = filter.login;
    for (HistoryKind kind : filter.kinds)
        query.tables << HistoryLabels::tablesOf(kind);
    if (!filter.table.isEmpty()) query.tables = {filter.table};
    query.rowKey = filter.rowKey;
    query.from = filter.from;
    query.to = filter.to;
    query.limit = filter.limit;
    auto entries = storage::AuditRepository(m_db).entries(query);
    if (!entries) return entries.error();

    // Names from the accounts (a handful), not from a scan of the trail.
    auto names = accountNames();
    if (!names) return names.error();
    const QHash<QString, QString>& nameOf = *names;

    const storage::SessionIdentity& viewer = m_db.session();
    QList<HistoryEntry> history;
    history.reserve(entries->size());
    for (const storage::AuditEntry& stored : *entries) {
        HistoryEntry entry;
        entry.id = stored.id;
        entry.changedAt = QDateTime::fromString(stored.changedAt, Qt::ISODateWithMs);
        entry.login = stored.actor;
        entry.who = nameOf.value(stored.actor, HistoryLabels::actorName(stored.actor));
        entry.table = stored.table;
        entry.kind = HistoryLabels::kindOfTable(stored.table);
        entry.rowKey = stored.rowKey;
        entry.action = stored.action;
        entry.changes = changesOf(stored.oldValues, stored.newValues);
        const bool outsider = viewer.signedIn && stored.botilbudId != viewer.botilbud.value;
        if (stored.table == QLatin1String("incident") && outsider) {
            const QStringList hidden = privateIncidentFields();
            for (HistoryChange& change : entry.changes) {
                if (!hidden.contains(change.field)) continue;
                if (!change.before.isEmpty()) change.before = tr("(withheld)");
                if (!change.after.isEmpty()) change.after = tr("(withheld)");
                entry.redacted = true;
            }
        }
        history.append(entry);
    }
    return history;
}

Result<QHash<QString, QString>> AuditTrailService::accountNames() const {
    auto accounts = storage::AccountRepository(m_db).all();
    if (!accounts) return accounts.error();
    QHash<QString, QString> names;
    storage::PersonRepository people(m_db);
    for (const domain::Account& account : *accounts) {
        if (auto person = people.get(account.personId)) names.insert(account.login, person->name);
    }
    return names;
}

Result<QList<QPair<QString, QString>>> AuditTrailService::actors(domain::BotilbudId botilbud) const {
    auto logins = storage::AuditRepository(m_db).actors(botilbud);
    if (!logins) return logins.error();
    auto names = accountNames();
    if (!names) return names.error();
    QList<QPair<QString, QString>> named;
    for (const QString& login : *logins)
        named.append({login, names->value(login, HistoryLabels::actorName(login))});
    return named;
}

Result<storage::AuditChainVerdict> AuditTrailService::verifyChain() const {
    return storage::AuditRepository(m_db).verifyChain();
}

} // namespace medsafe::services
