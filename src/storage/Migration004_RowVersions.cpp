// Schema version 4: row versions for optimistic concurrency, and a change counter.
// RELEASED once shipped — never edit; append a new migration instead.
//
// - row_version on measurement, pdsa_cycle and incident: an UPDATE names the version it read
//   and raises it by one, so a save over a row someone else saved in between changes nothing
//   and is reported as a conflict (docs/server.md).
// - PostgreSQL only: medicinsikker_change, one row whose counter every write statement raises
//   (statement-level triggers), so a client can see cheaply that another PC changed something
//   and refresh its views. SQLite files tell the same by PRAGMA data_version.
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

QStringList rowVersions(const SqlDialect& dialect) {
    QStringList statements;
    for (const char* table : {"measurement", "pdsa_cycle", "incident"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(QLatin1String(table));
    if (!dialect.isPostgres()) return statements;
    statements << QStringLiteral("CREATE TABLE medicinsikker_change (counter BIGINT NOT NULL)")
               << QStringLiteral("INSERT INTO medicinsikker_change (counter) VALUES (0)")
               << QStringLiteral("CREATE FUNCTION medicinsikker_count_change() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ BEGIN UPDATE medicinsikker_change SET counter = counter + 1; RETURN NULL; END $$");
    // The tables of schema version 4 (Schema::tableNames() may grow in later versions; those
    // add their own triggers).
    const QStringList tables{
        QStringLiteral("botilbud"),         QStringLiteral("person"),           QStringLiteral("person_role"),
        QStringLiteral("programme"),        QStringLiteral("programme_phase"),  QStringLiteral("programme_event"),
        QStringLiteral("event_participant"), QStringLiteral("checklist_item"),  QStringLiteral("aim"),
        QStringLiteral("driver"),           QStringLiteral("change_idea"),      QStringLiteral("measure"),
        QStringLiteral("measure_split"),    QStringLiteral("measure_exclusion"), QStringLiteral("measurement"),
        QStringLiteral("pdsa_cycle"),       QStringLiteral("pdsa_measure"),     QStringLiteral("incident"),
        QStringLiteral("competence_topic"), QStringLiteral("survey_round"),     QStringLiteral("competence_answer"),
        QStringLiteral("training_record"),  QStringLiteral("monthly_report"),   QStringLiteral("received_package"),
        QStringLiteral("signing_key"),      QStringLiteral("trusted_signer"),
    };
    for (const QString& table : tables)
        statements << QStringLiteral("CREATE TRIGGER %1_counts_change AFTER INSERT OR UPDATE OR DELETE ON %1"
                                     " FOR EACH STATEMENT EXECUTE FUNCTION medicinsikker_count_change()")
                          .arg(table);
    return statements;
}

} // namespace

Migration migration004RowVersions() {
    return Migration{4, QStringLiteral("row versions"), &rowVersions, nullptr};
}

} // namespace medsafe::storage
