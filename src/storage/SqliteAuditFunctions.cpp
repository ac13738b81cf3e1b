#include "storage/SqliteAuditFunctions.h"

#include "storage/AuditChain.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace medsafe::storage {

namespace {

AuditContext* contextOf(sqlite3_context* call) {
    return static_cast<AuditContext*>(sqlite3_user_data(call));
}

QString textArgument(sqlite3_value* value) {
    if (sqlite3_value_type(value) == SQLITE_NULL) return {};
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return QString::fromUtf8(bytes, sqlite3_value_bytes(value));
}

void returnText(sqlite3_context* call, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(call, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void auditOn(sqlite3_context* call, int, sqlite3_value**) {
    sqlite3_result_int(call, contextOf(call)->paused ? 0 : 1);
}

void actor(sqlite3_context* call, int argc, sqlite3_value** argv) {
    const AuditContext* context = contextOf(call);
    if (argc == 2 && context->anonymousIncident && textArgument(argv[0]) == QLatin1String("incident") &&
        textArgument(argv[1]) == QLatin1String("insert")) {
        returnText(call, QStringLiteral("anonym"));
        return;
    }
    returnText(call, context->actor);
}

void now(sqlite3_context* call, int, sqlite3_value**) {
    returnText(call, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

void auditHash(sqlite3_context* call, int argc, sqlite3_value** argv) {
    if (argc != 9) {
        sqlite3_result_error(call, "medsafe_audit_hash takes 9 arguments", -1);
        return;
    }
    QString fields[9];
    for (int i = 0; i < 9; ++i)
        fields[i] = textArgument(argv[i]);
    returnText(call, AuditChain::entryHash(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                                           fields[6], fields[7], fields[8]));
}

} // namespace

Status installSqliteAuditFunctions(const QSqlDatabase& db, AuditContext* context) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::technical(QStringLiteral("no SQLite handle for the audit functions"));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection) return Error::technical(QStringLiteral("the SQLite connection is not open"));
    struct Function {
        const char* name;
        int arguments;
        void (*body)(sqlite3_context*, int, sqlite3_value**);
        bool deterministic;
    };
    const Function functions[] = {
        {"medsafe_audit_on", 0, &auditOn, false},
        {"medsafe_actor", 2, &actor, false},
        {"medsafe_now", 0, &now, false},
        {"medsafe_audit_hash", 9, &auditHash, true},
    };
    for (const Function& function : functions) {
        const int flags = SQLITE_UTF8 | (function.deterministic ? SQLITE_DETERMINISTIC : 0);
        if (sqlite3_create_function_v2(connection, function.name, function.arguments, flags, context,
                                       function.body, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error::technical(
                QStringLiteral("registering %1 failed: %2")
                    .arg(QLatin1String(function.name), QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    return success();
}

} // namespace medsafe::storage
