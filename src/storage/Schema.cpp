#include "storage/Schema.h"

namespace medsafe::storage {

QStringList Schema::tableNames() {
    return {
        QStringLiteral("botilbud"),
        QStringLiteral("person"),
        QStringLiteral("person_role"),
        QStringLiteral("account"),
        QStringLiteral("programme"),
        QStringLiteral("programme_phase"),
        QStringLiteral("programme_event"),
        QStringLiteral("event_participant"),
        QStringLiteral("checklist_item"),
        QStringLiteral("aim"),
        QStringLiteral("driver"),
        QStringLiteral("change_idea"),
        QStringLiteral("measure"),
        QStringLiteral("measure_split"),
        QStringLiteral("measure_exclusion"),
        QStringLiteral("measurement"),
        QStringLiteral("pdsa_cycle"),
        QStringLiteral("pdsa_measure"),
        QStringLiteral("incident"),
        QStringLiteral("pharmacy_agreement"), // before training_record, which names it
        QStringLiteral("competence_topic"),
        QStringLiteral("survey_round"),
        QStringLiteral("competence_answer"),
        QStringLiteral("training_record"),
        QStringLiteral("monthly_report"),
        QStringLiteral("received_package"),
        QStringLiteral("signing_key"),
        QStringLiteral("trusted_signer"),
        QStringLiteral("qa_checklist"),
        QStringLiteral("qa_checklist_item"),
        QStringLiteral("qa_visit"),
        QStringLiteral("qa_answer"),
        QStringLiteral("qa_finding"),
        QStringLiteral("pharmacy_question"),
        QStringLiteral("workflow_analysis"),
        QStringLiteral("workflow_step"),
        QStringLiteral("workflow_finding"),
        QStringLiteral("guideline"),
        QStringLiteral("delegation"),
        QStringLiteral("sustain_plan"),
        QStringLiteral("received_change_package"),
        QStringLiteral("spread_plan"),
        QStringLiteral("audit_entry"),
    };
}

} // namespace medsafe::storage
