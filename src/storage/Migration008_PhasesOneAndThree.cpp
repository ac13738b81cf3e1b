// Schema version 8: phase 1 with content, sustaining gains and spreading changes (issue 16).
// RELEASED once shipped — never edit; append a new migration instead.
//
// Phase 1 (start-up):
// - workflow_analysis / workflow_step / workflow_finding: the medication process analysed step by
//   step (the incident taxonomy's stages), once before the work ("before") and once again in
//   phase 3 ("after"); a finding can be taken into the driver diagram as a change idea.
// - guideline: the local guidelines and what their review found.
// - delegation: who holds which delegated right from which doctor, and for how long.
// Phase 3 (sustain and spread):
// - sustain_plan: per adopted change, who checks what and how often.
// - change_idea.spread_key: the key a change idea travels under in change packages, so the
//   same change is recognised in every botilbud (and in the consultant's spread matrix).
// - received_change_package: a change package as the receiving botilbud keeps it (origin and
//   anonymised story), one per botilbud and key, which makes a second import a no-op.
// - spread_plan: the consultant's plan for which botilbud takes a change next, and when.
// The new tables get the audit trail's triggers and, on a server, row security; change_idea
// gets its SQLite triggers re-made so the new column is recorded.
#include "storage/AuditTriggers.h"
#include "storage/AuditedTables.h"
#include "storage/Database.h"
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

constexpr int kVersion = 8;

QStringList phasesOneAndThree(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    const QString versioned = QStringLiteral("row_version INTEGER NOT NULL DEFAULT 1");
    QStringList statements = dialect.typed({
        QStringLiteral("CREATE TABLE workflow_analysis (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL, analysed_on {date} NOT NULL, participants TEXT NOT NULL,"
                       " note TEXT NOT NULL, %2,"
                       " CONSTRAINT workflow_analysis_one_per_kind UNIQUE (botilbud_id, kind))")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE workflow_step (%1,"
                       " analysis_id BIGINT NOT NULL REFERENCES workflow_analysis(id) ON DELETE CASCADE,"
                       " stage TEXT NOT NULL, performed_by TEXT NOT NULL, how TEXT NOT NULL,"
                       " risks TEXT NOT NULL, risk_level TEXT NOT NULL, %2,"
                       " CONSTRAINT workflow_step_one_per_stage UNIQUE (analysis_id, stage))")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE workflow_finding (%1,"
                       " step_id BIGINT NOT NULL REFERENCES workflow_step(id) ON DELETE CASCADE,"
                       " finding TEXT NOT NULL,"
                       " change_idea_id BIGINT REFERENCES change_idea(id) ON DELETE SET NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE guideline (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " title TEXT NOT NULL, guideline_version TEXT NOT NULL, issued_on {date},"
                       " owner_id BIGINT REFERENCES person(id) ON DELETE SET NULL,"
                       " next_review_on {date}, status TEXT NOT NULL, reviewed_on {date},"
                       " finding TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE delegation (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                       " delegated_right TEXT NOT NULL, doctor TEXT NOT NULL,"
                       " valid_from {date} NOT NULL, valid_to {date}, note TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE TABLE sustain_plan (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " change_idea_id BIGINT NOT NULL REFERENCES change_idea(id) ON DELETE CASCADE,"
                       " what_checked TEXT NOT NULL,"
                       " responsible_id BIGINT REFERENCES person(id) ON DELETE SET NULL,"
                       " frequency TEXT NOT NULL,"
                       " measure_id BIGINT REFERENCES measure(id) ON DELETE SET NULL,"
                       " last_checked_on {date}, note TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("ALTER TABLE change_idea ADD COLUMN spread_key TEXT"),
        QStringLiteral("CREATE TABLE received_change_package (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " spread_key TEXT NOT NULL,"
                       " change_idea_id BIGINT REFERENCES change_idea(id) ON DELETE SET NULL,"
                       " origin_botilbud TEXT NOT NULL, origin_kommune TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL, payload TEXT NOT NULL, received_on {date} NOT NULL,"
                       " CONSTRAINT received_change_package_once UNIQUE (botilbud_id, spread_key))")
            .arg(id),
        QStringLiteral("CREATE TABLE spread_plan (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " spread_key TEXT NOT NULL, change_title TEXT NOT NULL,"
                       " planned_month {date} NOT NULL, note TEXT NOT NULL, %2)")
            .arg(id, versioned),
        QStringLiteral("CREATE INDEX workflow_step_analysis ON workflow_step (analysis_id)"),
        QStringLiteral("CREATE INDEX workflow_finding_step ON workflow_finding (step_id)"),
        QStringLiteral("CREATE INDEX guideline_botilbud ON guideline (botilbud_id)"),
        QStringLiteral("CREATE INDEX delegation_botilbud ON delegation (botilbud_id, valid_to)"),
        QStringLiteral("CREATE INDEX sustain_plan_botilbud ON sustain_plan (botilbud_id, change_idea_id)"),
        QStringLiteral("CREATE INDEX spread_plan_botilbud ON spread_plan (botilbud_id, planned_month)"),
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

// SQLite's triggers name every column: the new tables get theirs, and change_idea gets its
// re-made for spread_key.
Status sqliteTriggers(Database& db) {
    if (db.dialect().isPostgres()) return success();
    QList<AuditedTable> tables = AuditedTables::addedIn(kVersion);
    tables << AuditedTables::named(QStringLiteral("change_idea"));
    for (const AuditedTable& table : tables) {
        if (auto status = AuditTriggers::recreateSqlite(db, table); !status) return status;
    }
    return success();
}

} // namespace

Migration migration008PhasesOneAndThree() {
    return Migration{kVersion, QStringLiteral("phases one and three"), &phasesOneAndThree, &sqliteTriggers};
}

} // namespace medsafe::storage
