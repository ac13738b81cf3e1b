#include "storage/AuditTriggers.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace medsafe::storage {

namespace {

struct TriggerKind {
    const char* event;  // INSERT, UPDATE, DELETE
    const char* action; // as stored in audit_entry.action
    bool hasOld;
    bool hasNew;
};

constexpr TriggerKind kKinds[] = {
    {"INSERT", "insert", false, true},
    {"UPDATE", "update", true, true},
    {"DELETE", "delete", true, false},
};

Result<QStringList> recordedColumns(Database& db, const AuditedTable& table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)))
        return Error::technical(QStringLiteral("columns of %1: %2").arg(table.name, q.lastError().text()));
    QStringList columns;
    while (q.next()) {
        const QString column = q.value(1).toString();
        if (!table.secretColumns.contains(column)) columns << column;
    }
    if (columns.isEmpty()) return Error::technical(QStringLiteral("no columns in %1").arg(table.name));
    return columns;
}

QString jsonOf(const QStringList& columns, const QString& row) {
    QStringList pairs;
    for (const QString& column : columns)
        pairs << QStringLiteral("'%1', %2.%1").arg(column, row);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString sqliteTrigger(const AuditedTable& table, const TriggerKind& kind, const QStringList& columns) {
    const QString row = kind.hasNew ? QStringLiteral("NEW") : QStringLiteral("OLD");
    const QString action = QLatin1String(kind.action);
    const QString oldValues = kind.hasOld ? jsonOf(columns, QStringLiteral("OLD")) : QStringLiteral("NULL");
    const QString newValues = kind.hasNew ? jsonOf(columns, QStringLiteral("NEW")) : QStringLiteral("NULL");
    return QStringLiteral(
               "CREATE TRIGGER audit_%1_%2 AFTER %3 ON %1 WHEN medsafe_audit_on() BEGIN"
               " INSERT INTO audit_entry (changed_at, actor, table_name, row_key, botilbud_id, action,"
               " old_values, new_values, prev_hash, entry_hash)"
               " SELECT c.at, c.who, '%1', c.k, c.b, '%2', c.o, c.n, c.prev,"
               " medsafe_audit_hash(c.prev, c.at, c.who, '%1', c.k, c.b, '%2', c.o, c.n)"
               " FROM (SELECT medsafe_now() AS at, medsafe_actor('%1', '%2') AS who, %4 AS k, %5 AS b,"
               " %6 AS o, %7 AS n,"
               " COALESCE((SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1), '') AS prev) AS c;"
               " END")
        .arg(table.name, action, QLatin1String(kind.event), AuditedTables::keyExpression(table, row),
             AuditedTables::botilbudExpression(table, row), oldValues, newValues);
}

// The PostgreSQL trigger function. Arguments per table: key columns (comma-separated), the
// botilbud query over the row as $1 ('' for none), secret columns (comma-separated).
const char* kPostgresAuditFunction = R"SQL(
CREATE FUNCTION medsafe_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  row_data jsonb;
  secrets text[] := string_to_array(TG_ARGV[2], ',');
  old_text text;
  new_text text;
  key_text text;
  bot bigint;
  who text := session_user;
  prev text;
  at text;
  action text := lower(TG_OP);
BEGIN
  -- Only the database's owner (push-to-server) may copy rows with their recorded history.
  IF current_setting('medsafe.copying', true) = 'on'
     AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN old_text := (to_jsonb(OLD) - coalesce(secrets, '{}'))::text; END IF;
  IF TG_OP <> 'DELETE' THEN new_text := (to_jsonb(NEW) - coalesce(secrets, '{}'))::text; END IF;
  row_data := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  SELECT string_agg(row_data ->> u.c, '/' ORDER BY u.ord) INTO key_text
    FROM unnest(string_to_array(TG_ARGV[0], ',')) WITH ORDINALITY AS u(c, ord);
  IF TG_ARGV[1] <> '' THEN
    IF TG_OP = 'DELETE' THEN EXECUTE TG_ARGV[1] INTO bot USING OLD; ELSE EXECUTE TG_ARGV[1] INTO bot USING NEW; END IF;
  END IF;
  IF TG_TABLE_NAME = 'incident' AND TG_OP = 'INSERT' AND current_setting('medsafe.anonymous', true) = 'on' THEN
    who := 'anonym';
  END IF;
  -- One chain for the whole database: writers take their turn until they commit.
  PERFORM pg_advisory_xact_lock(7261001);
  SELECT entry_hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
  prev := coalesce(prev, '');
  at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  INSERT INTO audit_entry (changed_at, actor, table_name, row_key, botilbud_id, action, old_values, new_values,
                           prev_hash, entry_hash)
  VALUES (at, who, TG_TABLE_NAME, coalesce(key_text, ''), bot, action, old_text, new_text, prev,
          encode(sha256(convert_to(concat_ws(chr(31), prev, at, who, TG_TABLE_NAME, coalesce(key_text, ''),
                 coalesce(bot::text, ''), action, coalesce(old_text, ''), coalesce(new_text, '')), 'UTF8')), 'hex'));
  RETURN NULL;
END $$)SQL";

const char* kPostgresSeesFunction = R"SQL(
CREATE FUNCTION medsafe_sees_botilbud(b bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM account a JOIN person p ON p.id = a.person_id
                 WHERE a.login = session_user AND p.active
                   AND (p.botilbud_id = b
                        OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = 'ps_consultant')))
$$)SQL";

const char* kPostgresManagesFunction = R"SQL(
CREATE FUNCTION medsafe_manages_botilbud(b bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM account a JOIN person p ON p.id = a.person_id
                 JOIN person_role r ON r.person_id = p.id AND r.role = 'tovholder'
                 WHERE a.login = session_user AND p.active AND p.botilbud_id = b)
$$)SQL";

const char* kPostgresGrants = R"SQL(
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', current_schema());
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO PUBLIC', current_schema());
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema());
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.audit_entry, %I.medicinsikker_schema FROM PUBLIC',
                 current_schema(), current_schema());
  -- Password hashes pushed from a file stay readable by the owner only (pull-from-server
  -- brings them back); on a server the login's own password is the server's.
  EXECUTE format('REVOKE SELECT ON %I.account FROM PUBLIC', current_schema());
  EXECUTE format('GRANT SELECT (person_id, login, failed_attempts, locked_until, must_change_password, created_at)'
                 ' ON %I.account TO PUBLIC', current_schema());
END $$)SQL";

} // namespace

Status AuditTriggers::recreateSqlite(Database& db, const AuditedTable& table) {
    auto columns = recordedColumns(db, table);
    if (!columns) return columns.error();
    for (const TriggerKind& kind : kKinds) {
        QSqlQuery q(db.connection());
        const QString name = QStringLiteral("audit_%1_%2").arg(table.name, QLatin1String(kind.action));
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)) ||
            !q.exec(sqliteTrigger(table, kind, *columns)))
            return Error::technical(QStringLiteral("trigger %1: %2").arg(name, q.lastError().text()));
    }
    return success();
}

QStringList AuditTriggers::postgresStatements(int version) {
    QStringList statements;
    if (version == 6) statements << QString::fromUtf8(kPostgresAuditFunction);
    for (const AuditedTable& table : AuditedTables::addedIn(version)) {
        const QString botilbud = table.botilbudOf.isEmpty()
                                     ? QString()
                                     : QStringLiteral("SELECT ") +
                                           AuditedTables::botilbudExpression(table, QStringLiteral("($1)"));
        statements << QStringLiteral(
                          "CREATE TRIGGER audit_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW"
                          " EXECUTE FUNCTION medsafe_audit('%2', '%3', '%4')")
                          .arg(table.name, table.keyColumns.join(QLatin1Char(',')), botilbud,
                               table.secretColumns.join(QLatin1Char(',')));
    }
    return statements;
}

QStringList AuditTriggers::postgresRowSecurityStatements(int version) {
    QStringList statements;
    if (version == 6)
        statements << QString::fromUtf8(kPostgresSeesFunction) << QString::fromUtf8(kPostgresManagesFunction);
    // Grants name the tables that exist now, so each version grants its new tables again.
    statements << QString::fromUtf8(kPostgresGrants);
    const QStringList managed{QStringLiteral("person"), QStringLiteral("person_role"),
                              QStringLiteral("account")};
    for (const AuditedTable& table : AuditedTables::addedIn(version)) {
        if (table.botilbudOf.isEmpty()) continue;
        const QString botilbud = AuditedTables::botilbudExpression(table, table.name);
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table.name);
        if (managed.contains(table.name)) {
            statements << QStringLiteral(
                              "CREATE POLICY %1_read ON %1 FOR SELECT USING (medsafe_sees_botilbud(%2))")
                              .arg(table.name, botilbud)
                       << QStringLiteral(
                              "CREATE POLICY %1_manage ON %1 FOR ALL USING (medsafe_manages_botilbud(%2))"
                              " WITH CHECK (medsafe_manages_botilbud(%2))")
                              .arg(table.name, botilbud);
        } else {
            statements << QStringLiteral(
                              "CREATE POLICY %1_own ON %1 FOR ALL USING (medsafe_sees_botilbud(%2))"
                              " WITH CHECK (medsafe_sees_botilbud(%2))")
                              .arg(table.name, botilbud);
        }
    }
    if (version != 6) return statements;
    statements << QStringLiteral("ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("CREATE POLICY audit_entry_read ON audit_entry FOR SELECT"
                                 " USING (medsafe_sees_botilbud(botilbud_id) OR actor = session_user)");
    return statements;
}

} // namespace medsafe::storage
