#include "storage/AuditedTables.h"

namespace medsafe::storage {

namespace {

AuditedTable direct(const char* name, QStringList keys = {QStringLiteral("id")}, int since = 6) {
    return {QLatin1String(name), std::move(keys), QStringLiteral("%1.botilbud_id"), {}, since};
}

AuditedTable via(const char* name, QStringList keys, const char* parent, const char* link, int since = 6) {
    return {QLatin1String(name),
            std::move(keys),
            QStringLiteral("(SELECT botilbud_id FROM %1 WHERE id = %2.%3)")
                .arg(QLatin1String(parent), QStringLiteral("%1"), QLatin1String(link)),
            {},
            since};
}

} // namespace

QList<AuditedTable> AuditedTables::all() {
    const QString id = QStringLiteral("id");
    return {
        {QStringLiteral("botilbud"), {id}, QStringLiteral("%1.id"), {}},
        direct("person"),
        via("person_role", {QStringLiteral("person_id"), QStringLiteral("role")}, "person", "person_id"),
        {QStringLiteral("account"),
         {QStringLiteral("person_id")},
         QStringLiteral("(SELECT botilbud_id FROM person WHERE id = %1.person_id)"),
         {QStringLiteral("password_hash")}},
        direct("programme", {QStringLiteral("botilbud_id")}),
        direct("programme_phase", {QStringLiteral("botilbud_id"), QStringLiteral("phase")}),
        direct("programme_event"),
        via("event_participant", {QStringLiteral("event_id"), QStringLiteral("person_id")}, "programme_event",
            "event_id"),
        direct("checklist_item", {QStringLiteral("botilbud_id"), QStringLiteral("kind")}),
        direct("aim"),
        direct("driver"),
        direct("change_idea"),
        direct("measure"),
        via("measure_split", {QStringLiteral("measure_id"), QStringLiteral("split_date")}, "measure",
            "measure_id"),
        via("measure_exclusion", {QStringLiteral("measure_id"), QStringLiteral("period")}, "measure",
            "measure_id"),
        via("measurement", {id}, "measure", "measure_id"),
        direct("pdsa_cycle"),
        via("pdsa_measure", {QStringLiteral("cycle_id"), QStringLiteral("measure_id")}, "pdsa_cycle",
            "cycle_id"),
        direct("incident"),
        direct("competence_topic"),
        direct("survey_round"),
        via("competence_answer",
            {QStringLiteral("round_id"), QStringLiteral("person_id"), QStringLiteral("topic_id")},
            "survey_round", "round_id"),
        via("training_record", {id}, "person", "person_id"),
        direct("monthly_report"),
        direct("received_package"),
        {QStringLiteral("signing_key"), {id}, QString(), {QStringLiteral("secret_key")}},
        {QStringLiteral("trusted_signer"), {id}, QString(), {}},
        // Schema 7: the pharmacy's part (issue 15).
        direct("pharmacy_agreement", {id}, 7),
        direct("qa_checklist", {id}, 7),
        via("qa_checklist_item", {id}, "qa_checklist", "checklist_id", 7),
        direct("qa_visit", {id}, 7),
        via("qa_answer", {QStringLiteral("visit_id"), QStringLiteral("item_id")}, "qa_visit", "visit_id", 7),
        via("qa_finding", {id}, "qa_visit", "visit_id", 7),
        direct("pharmacy_question", {id}, 7),
        // Schema 8: phases 1 and 3 (issue 16).
        direct("workflow_analysis", {id}, 8),
        via("workflow_step", {id}, "workflow_analysis", "analysis_id", 8),
        {QStringLiteral("workflow_finding"),
         {id},
         QStringLiteral("(SELECT a.botilbud_id FROM workflow_step s JOIN workflow_analysis a ON a.id = s.analysis_id"
                        " WHERE s.id = %1.step_id)"),
         {},
         8},
        direct("guideline", {id}, 8),
        direct("delegation", {id}, 8),
        direct("sustain_plan", {id}, 8),
        direct("received_change_package", {id}, 8),
        direct("spread_plan", {id}, 8),
    };
}

QList<AuditedTable> AuditedTables::addedIn(int schemaVersion) {
    QList<AuditedTable> tables;
    for (const AuditedTable& table : all()) {
        if (table.sinceVersion == schemaVersion) tables << table;
    }
    return tables;
}

AuditedTable AuditedTables::named(const QString& name) {
    for (const AuditedTable& table : all()) {
        if (table.name == name) return table;
    }
    Q_UNREACHABLE();
}

QString AuditedTables::keyExpression(const AuditedTable& table, const QString& row) {
    QStringList parts;
    for (const QString& column : table.keyColumns)
        parts << QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, column);
    return parts.join(QStringLiteral(" || '/' || "));
}

QString AuditedTables::botilbudExpression(const AuditedTable& table, const QString& row) {
    if (table.botilbudOf.isEmpty()) return QStringLiteral("NULL");
    return table.botilbudOf.arg(row);
}

} // namespace medsafe::storage
