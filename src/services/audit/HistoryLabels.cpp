#include "services/audit/HistoryLabels.h"

#include <QHash>

namespace medsafe::services {

QList<HistoryKind> HistoryLabels::allKinds() {
    return {HistoryKind::People,       HistoryKind::Programme, HistoryKind::Improvement,
            HistoryKind::Measurements, HistoryKind::Pdsa,      HistoryKind::Incidents,
            HistoryKind::Competences,  HistoryKind::Reports,   HistoryKind::Pharmacy,
            HistoryKind::Startup,      HistoryKind::SustainSpread, HistoryKind::Keys};
}

QString HistoryLabels::kindName(HistoryKind kind) {
    switch (kind) {
    case HistoryKind::People:
        return tr("People and accounts");
    case HistoryKind::Programme:
        return tr("Programme");
    case HistoryKind::Improvement:
        return tr("Aim, drivers and measures");
    case HistoryKind::Measurements:
        return tr("Measurements");
    case HistoryKind::Pdsa:
        return tr("PDSA cycles");
    case HistoryKind::Incidents:
        return tr("Incidents");
    case HistoryKind::Competences:
        return tr("Competences");
    case HistoryKind::Reports:
        return tr("Monthly reports and packages");
    case HistoryKind::Pharmacy:
        return tr("The pharmacy's part");
    case HistoryKind::Startup:
        return tr("Workflow analysis, guidelines and delegations");
    case HistoryKind::SustainSpread:
        return tr("Sustain and spread");
    case HistoryKind::Keys:
        return tr("Package keys");
    }
    return {};
}

QString HistoryLabels::actionName(const QString& action) {
    if (action == QLatin1String("insert")) return tr("Added");
    if (action == QLatin1String("update")) return tr("Changed");
    if (action == QLatin1String("delete")) return tr("Deleted");
    return action;
}

QStringList HistoryLabels::tablesOf(HistoryKind kind) {
    switch (kind) {
    case HistoryKind::People:
        return {QStringLiteral("botilbud"), QStringLiteral("person"), QStringLiteral("person_role"),
                QStringLiteral("account")};
    case HistoryKind::Programme:
        return {QStringLiteral("programme"), QStringLiteral("programme_phase"),
                QStringLiteral("programme_event"), QStringLiteral("event_participant"),
                QStringLiteral("checklist_item")};
    case HistoryKind::Improvement:
        return {QStringLiteral("aim"),           QStringLiteral("driver"),
                QStringLiteral("change_idea"),   QStringLiteral("measure"),
                QStringLiteral("measure_split"), QStringLiteral("measure_exclusion")};
    case HistoryKind::Measurements:
        return {QStringLiteral("measurement")};
    case HistoryKind::Pdsa:
        return {QStringLiteral("pdsa_cycle"), QStringLiteral("pdsa_measure")};
    case HistoryKind::Incidents:
        return {QStringLiteral("incident")};
    case HistoryKind::Competences:
        return {QStringLiteral("competence_topic"), QStringLiteral("survey_round"),
                QStringLiteral("competence_answer"), QStringLiteral("training_record")};
    case HistoryKind::Reports:
        return {QStringLiteral("monthly_report"), QStringLiteral("received_package")};
    case HistoryKind::Pharmacy:
        return {QStringLiteral("pharmacy_agreement"), QStringLiteral("qa_checklist"), QStringLiteral("qa_checklist_item"),
                QStringLiteral("qa_visit"),           QStringLiteral("qa_answer"),    QStringLiteral("qa_finding"),
                QStringLiteral("pharmacy_question")};
    case HistoryKind::Startup:
        return {QStringLiteral("workflow_analysis"), QStringLiteral("workflow_step"),
                QStringLiteral("workflow_finding"), QStringLiteral("guideline"), QStringLiteral("delegation")};
    case HistoryKind::SustainSpread:
        return {QStringLiteral("sustain_plan"), QStringLiteral("received_change_package"),
                QStringLiteral("spread_plan")};
    case HistoryKind::Keys:
        return {QStringLiteral("signing_key"), QStringLiteral("trusted_signer")};
    }
    return {};
}

HistoryKind HistoryLabels::kindOfTable(const QString& table) {
    for (HistoryKind kind : allKinds()) {
        if (tablesOf(kind).contains(table)) return kind;
    }
    return HistoryKind::Keys;
}

QString HistoryLabels::fieldName(const QString& column) {
    static const QHash<QString, const char*> kNames{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("immediate_action"), QT_TR_NOOP("Immediate action")},
        {QStringLiteral("learning"), QT_TR_NOOP("Learning")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("reporter_id"), QT_TR_NOOP("Reporter")},
        {QStringLiteral("occurred_date"), QT_TR_NOOP("Date of the incident")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("error_type"), QT_TR_NOOP("Error type")},
        {QStringLiteral("numerator"), QT_TR_NOOP("Numerator")},
        {QStringLiteral("denominator"), QT_TR_NOOP("Denominator")},
        {QStringLiteral("period"), QT_TR_NOOP("Month")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("baseline"), QT_TR_NOOP("Baseline")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("failed_attempts"), QT_TR_NOOP("Wrong passwords in a row")},
        {QStringLiteral("locked_until"), QT_TR_NOOP("Locked until")},
        {QStringLiteral("must_change_password"), QT_TR_NOOP("Must choose a new password")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End")},
        {QStringLiteral("question"), QT_TR_NOOP("Question")},
        {QStringLiteral("prediction"), QT_TR_NOOP("Prediction")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("went_well"), QT_TR_NOOP("What went well")},
        {QStringLiteral("barriers"), QT_TR_NOOP("Barriers")},
        {QStringLiteral("support_needed"), QT_TR_NOOP("Support needed")},
        {QStringLiteral("plan_next_month"), QT_TR_NOOP("Plan for next month")},
        {QStringLiteral("report_month"), QT_TR_NOOP("Report month")},
        {QStringLiteral("self_score"), QT_TR_NOOP("Own score")},
        {QStringLiteral("sent_date"), QT_TR_NOOP("Sent")},
        {QStringLiteral("feedback_date"), QT_TR_NOOP("Feedback received")},
        {QStringLiteral("handles_medicine"), QT_TR_NOOP("Handles medicine")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("measure_id"), QT_TR_NOOP("Measure")},
        {QStringLiteral("cycle_number"), QT_TR_NOOP("Number")},
        {QStringLiteral("study_result"), QT_TR_NOOP("Result")},
        {QStringLiteral("study_learning"), QT_TR_NOOP("What we learned")},
        {QStringLiteral("next_step"), QT_TR_NOOP("Next step")},
        {QStringLiteral("consultant_feedback"), QT_TR_NOOP("PS!'s feedback")},
        {QStringLiteral("event_date"), QT_TR_NOOP("Date")},
        {QStringLiteral("done"), QT_TR_NOOP("Done")},
        {QStringLiteral("pharmacy_name"), QT_TR_NOOP("Pharmacy")},
        {QStringLiteral("contact_person"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("visits_per_year"), QT_TR_NOOP("Visits a year")},
        {QStringLiteral("starts_on"), QT_TR_NOOP("Start")},
        {QStringLiteral("ends_on"), QT_TR_NOOP("End")},
        {QStringLiteral("visit_date"), QT_TR_NOOP("Date of the visit")},
        {QStringLiteral("auditor"), QT_TR_NOOP("Auditor")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("result"), QT_TR_NOOP("Answer")},
        {QStringLiteral("item_text"), QT_TR_NOOP("Checklist item")},
        {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("responsible_id"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Completed")},
        {QStringLiteral("change_idea_id"), QT_TR_NOOP("Change idea")},
        {QStringLiteral("asked_on"), QT_TR_NOOP("Asked on")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("answer"), QT_TR_NOOP("Answer")},
        {QStringLiteral("answered_on"), QT_TR_NOOP("Answered on")},
        {QStringLiteral("led_to_change"), QT_TR_NOOP("Changed a procedure")},
        {QStringLiteral("good_to_know"), QT_TR_NOOP("Good to know")},
        {QStringLiteral("refresher_months"), QT_TR_NOOP("Refresher every (months)")},
        {QStringLiteral("topic_id"), QT_TR_NOOP("Topic")},
        {QStringLiteral("agreement_id"), QT_TR_NOOP("Pharmacy agreement")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("analysed_on"), QT_TR_NOOP("Analysed on")},
        {QStringLiteral("participants"), QT_TR_NOOP("Participants")},
        {QStringLiteral("performed_by"), QT_TR_NOOP("Who does it")},
        {QStringLiteral("how"), QT_TR_NOOP("How")},
        {QStringLiteral("risks"), QT_TR_NOOP("Known risks")},
        {QStringLiteral("risk_level"), QT_TR_NOOP("Risk")},
        {QStringLiteral("finding"), QT_TR_NOOP("Finding")},
        {QStringLiteral("guideline_version"), QT_TR_NOOP("Version")},
        {QStringLiteral("issued_on"), QT_TR_NOOP("Dated")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("next_review_on"), QT_TR_NOOP("Next review")},
        {QStringLiteral("reviewed_on"), QT_TR_NOOP("Reviewed on")},
        {QStringLiteral("delegated_right"), QT_TR_NOOP("Delegated right")},
        {QStringLiteral("doctor"), QT_TR_NOOP("Doctor")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("Valid from")},
        {QStringLiteral("valid_to"), QT_TR_NOOP("Valid to")},
        {QStringLiteral("what_checked"), QT_TR_NOOP("What is checked")},
        {QStringLiteral("frequency"), QT_TR_NOOP("How often")},
        {QStringLiteral("last_checked_on"), QT_TR_NOOP("Last checked")},
        {QStringLiteral("spread_key"), QT_TR_NOOP("Change package key")},
        {QStringLiteral("origin_botilbud"), QT_TR_NOOP("From botilbud")},
        {QStringLiteral("origin_kommune"), QT_TR_NOOP("From kommune")},
        {QStringLiteral("received_on"), QT_TR_NOOP("Received on")},
        {QStringLiteral("change_title"), QT_TR_NOOP("Change")},
        {QStringLiteral("planned_month"), QT_TR_NOOP("Planned month")},
    };
    const auto found = kNames.constFind(column);
    return found == kNames.constEnd() ? column : tr(found.value());
}

QString HistoryLabels::recordName(const QString& table, const QString& rowKey) {
    static const QHash<QString, const char*> kTables{
        {QStringLiteral("botilbud"), QT_TR_NOOP("Botilbud")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("person_role"), QT_TR_NOOP("Role of person")},
        {QStringLiteral("account"), QT_TR_NOOP("Account of person")},
        {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("programme_phase"), QT_TR_NOOP("Phase")},
        {QStringLiteral("programme_event"), QT_TR_NOOP("Event")},
        {QStringLiteral("event_participant"), QT_TR_NOOP("Participant")},
        {QStringLiteral("checklist_item"), QT_TR_NOOP("Checklist item")},
        {QStringLiteral("aim"), QT_TR_NOOP("Aim")},
        {QStringLiteral("driver"), QT_TR_NOOP("Driver")},
        {QStringLiteral("change_idea"), QT_TR_NOOP("Change idea")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("measure_split"), QT_TR_NOOP("Chart split")},
        {QStringLiteral("measure_exclusion"), QT_TR_NOOP("Excluded month")},
        {QStringLiteral("measurement"), QT_TR_NOOP("Measurement")},
        {QStringLiteral("pdsa_cycle"), QT_TR_NOOP("PDSA cycle")},
        {QStringLiteral("pdsa_measure"), QT_TR_NOOP("PDSA measure")},
        {QStringLiteral("incident"), QT_TR_NOOP("Incident")},
        {QStringLiteral("competence_topic"), QT_TR_NOOP("Competence topic")},
        {QStringLiteral("survey_round"), QT_TR_NOOP("Survey round")},
        {QStringLiteral("competence_answer"), QT_TR_NOOP("Survey answer")},
        {QStringLiteral("training_record"), QT_TR_NOOP("Training")},
        {QStringLiteral("monthly_report"), QT_TR_NOOP("Monthly report")},
        {QStringLiteral("received_package"), QT_TR_NOOP("Received package")},
        {QStringLiteral("signing_key"), QT_TR_NOOP("Signing key")},
        {QStringLiteral("trusted_signer"), QT_TR_NOOP("Trusted key")},
        {QStringLiteral("pharmacy_agreement"), QT_TR_NOOP("Pharmacy agreement")},
        {QStringLiteral("qa_checklist"), QT_TR_NOOP("Checklist version")},
        {QStringLiteral("qa_checklist_item"), QT_TR_NOOP("Checklist item")},
        {QStringLiteral("qa_visit"), QT_TR_NOOP("Quality-assurance visit")},
        {QStringLiteral("qa_answer"), QT_TR_NOOP("Answer at a visit")},
        {QStringLiteral("qa_finding"), QT_TR_NOOP("Finding")},
        {QStringLiteral("pharmacy_question"), QT_TR_NOOP("Question to the pharmacy")},
        {QStringLiteral("workflow_analysis"), QT_TR_NOOP("Workflow analysis")},
        {QStringLiteral("workflow_step"), QT_TR_NOOP("Step of the workflow")},
        {QStringLiteral("workflow_finding"), QT_TR_NOOP("Finding of the workflow analysis")},
        {QStringLiteral("guideline"), QT_TR_NOOP("Guideline")},
        {QStringLiteral("delegation"), QT_TR_NOOP("Delegation")},
        {QStringLiteral("sustain_plan"), QT_TR_NOOP("Sustain plan")},
        {QStringLiteral("received_change_package"), QT_TR_NOOP("Received change package")},
        {QStringLiteral("spread_plan"), QT_TR_NOOP("Spread plan")},
    };
    const auto found = kTables.constFind(table);
    const QString what = found == kTables.constEnd() ? table : tr(found.value());
    return QStringLiteral("%1 %2").arg(what, rowKey);
}

QString HistoryLabels::actorName(const QString& login) {
    if (login == QLatin1String("anonym")) return tr("Anonymous report");
    if (login == QLatin1String("demo")) return tr("The demo's invented history");
    if (login.startsWith(QLatin1String("os:"))) return tr("%1 (without sign-in)").arg(login.mid(3));
    return login;
}

} // namespace medsafe::services
