// Schema version 7: the pharmacy's part (issue 15).
// RELEASED once shipped — never edit; append a new migration instead.
//
// - pharmacy_agreement: what the botilbud agreed with its pharmacy, for which period.
// - qa_checklist / qa_checklist_item: numbered versions of the botilbud's audit checklist; a
//   version is never changed once a visit used it (PharmacyService writes the next one).
// - qa_visit / qa_answer: a quality-assurance visit and its answer per item.
// - qa_finding: a not-compliant item's follow-up (one per visit and item), optionally taken
//   into the driver diagram as a change idea.
// - pharmacy_question: the question log.
// - training_record gains the agreement a pharmacy course was given under and the competence
//   topic it trains; competence_topic gains its refresher interval.
// The new tables get the audit trail's triggers and, on a server, row security; the two
// tables that gained columns get their SQLite triggers re-made so the columns are recorded.
#include "storage/AuditTriggers.h"
#include "storage/AuditedTables.h"
#include "storage/Database.h"
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

constexpr int kVersion = 7;

QStringList pharmacy(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    const QString versioned = QStringLiteral("row_version INTEGER NOT NULL DEFAULT 1");
    QStringList statements = dialect.typed({
        QStringLiteral(
            "CREATE TABLE pharmacy_agreement (%1,"
            " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
            " pharmacy_name TEXT NOT NULL, contact_person TEXT NOT NULL, contact_details TEXT NOT NULL,"
            " teaching {boolean} NOT NULL, quality_assurance {boolean} NOT NULL,"
            " visits_per_year INTEGER NOT NULL, teaching_per_year INTEGER NOT NULL,"
            " starts_on {date} NOT NULL, ends_on {date}, note TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE qa_checklist (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " version_number INTEGER NOT NULL, created_on {date} NOT NULL,"
                       " CONSTRAINT qa_checklist_unique_version UNIQUE (botilbud_id, version_number))")
            .arg(id),
        QStringLiteral("CREATE TABLE qa_checklist_item (%1,"
                       " checklist_id BIGINT NOT NULL REFERENCES qa_checklist(id) ON DELETE CASCADE,"
                       " area TEXT NOT NULL, sort_order INTEGER NOT NULL, item_text TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE qa_visit (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " visit_date {date} NOT NULL, auditor TEXT NOT NULL,"
                       " checklist_id BIGINT NOT NULL REFERENCES qa_checklist(id),"
                       " agreement_id BIGINT REFERENCES pharmacy_agreement(id) ON DELETE SET NULL,"
                       " summary TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE qa_answer ("
                       " visit_id BIGINT NOT NULL REFERENCES qa_visit(id) ON DELETE CASCADE,"
                       " item_id BIGINT NOT NULL REFERENCES qa_checklist_item(id),"
                       " result TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (visit_id, item_id))"),
        QStringLiteral("CREATE TABLE qa_finding (%1,"
                       " visit_id BIGINT NOT NULL REFERENCES qa_visit(id) ON DELETE CASCADE,"
                       " item_id BIGINT NOT NULL REFERENCES qa_checklist_item(id),"
                       " severity TEXT NOT NULL, action TEXT NOT NULL,"
                       " responsible_id BIGINT REFERENCES person(id) ON DELETE SET NULL,"
                       " due_date {date}, status TEXT NOT NULL, closed_on {date},"
                       " change_idea_id BIGINT REFERENCES change_idea(id) ON DELETE SET NULL, %2,"
                       " CONSTRAINT qa_finding_one_per_item UNIQUE (visit_id, item_id))")
            .arg(id, versioned),
        QStringLiteral(
            "CREATE TABLE pharmacy_question (%1,"
            " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
            " asked_on {date} NOT NULL, asked_by BIGINT REFERENCES person(id) ON DELETE SET NULL,"
            " category TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,"
            " answered_on {date}, led_to_change {boolean} NOT NULL, good_to_know {boolean} NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE INDEX qa_visit_botilbud ON qa_visit (botilbud_id, visit_date)"),
        QStringLiteral("CREATE INDEX qa_finding_visit ON qa_finding (visit_id)"),
        QStringLiteral(
            "CREATE INDEX pharmacy_question_botilbud ON pharmacy_question (botilbud_id, asked_on)"),
        QStringLiteral("ALTER TABLE training_record ADD COLUMN agreement_id BIGINT"
                       " REFERENCES pharmacy_agreement(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE training_record ADD COLUMN topic_id BIGINT"
                       " REFERENCES competence_topic(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE competence_topic ADD COLUMN refresher_months INTEGER"),
    });
    if (dialect.isPostgres()) {
        for (const AuditedTable& table : AuditedTables::addedIn(kVersion))
            statements << QStringLiteral(
                              "CREATE TRIGGER %1_counts_change AFTER INSERT OR UPDATE OR DELETE ON %1"
                              " FOR EACH STATEMENT EXECUTE FUNCTION medicinsikker_count_change()")
                              .arg(table.name);
        statements << AuditTriggers::postgresStatements(kVersion)
                   << AuditTriggers::postgresRowSecurityStatements(kVersion);
    }
    return statements;
}

// SQLite's triggers name every column: the new tables get theirs, and the two tables with new
// columns get theirs re-made.
Status sqliteTriggers(Database& db) {
    if (db.dialect().isPostgres()) return success();
    QList<AuditedTable> tables = AuditedTables::addedIn(kVersion);
    tables << AuditedTables::named(QStringLiteral("training_record"))
           << AuditedTables::named(QStringLiteral("competence_topic"));
    for (const AuditedTable& table : tables) {
        if (auto status = AuditTriggers::recreateSqlite(db, table); !status) return status;
    }
    return success();
}

} // namespace

Migration migration007Pharmacy() {
    return Migration{kVersion, QStringLiteral("pharmacy"), &pharmacy, &sqliteTriggers};
}

} // namespace medsafe::storage
