// Schema version 1: the whole domain. RELEASED — never edit; append a new migration instead.
//
// Conventions (see docs/data-model.md): surrogate keys from the dialect; foreign keys BIGINT;
// the type tokens {date}, {time}, {timestamp} and {boolean} come from the dialect (on SQLite
// they are the TEXT 'YYYY-MM-DD', TEXT 'HH:MM', TEXT UTC ISO-8601 and INTEGER 0/1 this step
// has always written, so its SQLite DDL is unchanged; PostgreSQL gets DATE, TIME, TIMESTAMPTZ
// and BOOLEAN); enums as stable text codes; numerators/denominators NUMERIC (SQLite
// keeps whole numbers as integers). Column names avoid words reserved in PostgreSQL.
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

QStringList initialSchema(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    return dialect.typed({
        QStringLiteral("CREATE TABLE botilbud (%1,"
                       " name TEXT NOT NULL, municipality TEXT NOT NULL, resident_count INTEGER NOT NULL,"
                       " created_date {date} NOT NULL)")
            .arg(id),

        QStringLiteral("CREATE TABLE person (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, handles_medicine {boolean} NOT NULL, email TEXT NOT NULL,"
                       " active {boolean} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX person_botilbud ON person (botilbud_id)"),
        QStringLiteral("CREATE TABLE person_role ("
                       " person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL, PRIMARY KEY (person_id, role))"),

        QStringLiteral("CREATE TABLE programme ("
                       " botilbud_id BIGINT PRIMARY KEY REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " start_date {date} NOT NULL)"),
        QStringLiteral("CREATE TABLE programme_phase ("
                       " botilbud_id BIGINT NOT NULL REFERENCES programme(botilbud_id) ON DELETE CASCADE,"
                       " phase INTEGER NOT NULL, start_date {date} NOT NULL, end_date {date} NOT NULL,"
                       " PRIMARY KEY (botilbud_id, phase))"),
        QStringLiteral(
            "CREATE TABLE programme_event (%1,"
            " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL, event_number INTEGER, event_date {date} NOT NULL, title TEXT NOT NULL,"
            " notes TEXT NOT NULL, done {boolean} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX programme_event_botilbud ON programme_event (botilbud_id, event_date)"),
        QStringLiteral("CREATE TABLE event_participant ("
                       " event_id BIGINT NOT NULL REFERENCES programme_event(id) ON DELETE CASCADE,"
                       " person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (event_id, person_id))"),
        QStringLiteral("CREATE TABLE checklist_item ("
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL, done_date {date}, note TEXT NOT NULL,"
                       " PRIMARY KEY (botilbud_id, kind))"),

        QStringLiteral(
            "CREATE TABLE aim (%1,"
            " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
            " statement TEXT NOT NULL, what_to_accomplish TEXT NOT NULL, how_will_we_know TEXT NOT NULL,"
            " what_changes TEXT NOT NULL, target_date {date} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE driver (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " aim_id BIGINT REFERENCES aim(id) ON DELETE SET NULL,"
                       " driver_level TEXT NOT NULL,"
                       " parent_id BIGINT REFERENCES driver(id) ON DELETE CASCADE,"
                       " driver_text TEXT NOT NULL, sort_order INTEGER NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE change_idea (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " driver_id BIGINT REFERENCES driver(id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL, description TEXT NOT NULL)")
            .arg(id),

        QStringLiteral("CREATE TABLE measure (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, kind TEXT NOT NULL, measure_type TEXT NOT NULL,"
                       " operational_definition TEXT NOT NULL, numerator_definition TEXT NOT NULL,"
                       " denominator_definition TEXT NOT NULL, rate_multiplier NUMERIC NOT NULL,"
                       " direction TEXT NOT NULL, target NUMERIC, default_chart TEXT NOT NULL,"
                       " derived_from_incidents {boolean} NOT NULL, filter_error_type TEXT, filter_stage TEXT,"
                       " filter_doctor_contact {boolean} NOT NULL, filter_reached_citizen {boolean} NOT NULL,"
                       " freeze_end {date}, sort_order INTEGER NOT NULL, active {boolean} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX measure_botilbud ON measure (botilbud_id, sort_order)"),
        QStringLiteral("CREATE TABLE measure_split ("
                       " measure_id BIGINT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,"
                       " split_date {date} NOT NULL, PRIMARY KEY (measure_id, split_date))"),
        QStringLiteral("CREATE TABLE measure_exclusion ("
                       " measure_id BIGINT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,"
                       " period {date} NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (measure_id, period))"),
        // The unique constraint is also the index behind MeasureRepository::series().
        QStringLiteral("CREATE TABLE measurement (%1,"
                       " measure_id BIGINT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,"
                       " period {date} NOT NULL, numerator NUMERIC NOT NULL, denominator NUMERIC,"
                       " baseline {boolean} NOT NULL, note TEXT NOT NULL, updated_at {timestamp} NOT NULL,"
                       " CONSTRAINT measurement_unique_period UNIQUE (measure_id, period))")
            .arg(id),

        QStringLiteral("CREATE TABLE pdsa_cycle (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " cycle_number INTEGER NOT NULL, title TEXT NOT NULL,"
                       " aim_id BIGINT REFERENCES aim(id) ON DELETE SET NULL,"
                       " change_idea_id BIGINT REFERENCES change_idea(id) ON DELETE SET NULL,"
                       " status TEXT NOT NULL, start_date {date}, end_date {date},"
                       " responsible_id BIGINT REFERENCES person(id) ON DELETE SET NULL,"
                       " parent_id BIGINT REFERENCES pdsa_cycle(id) ON DELETE SET NULL,"
                       " question TEXT NOT NULL, prediction TEXT NOT NULL, plan_what TEXT NOT NULL,"
                       " plan_who TEXT NOT NULL, plan_where TEXT NOT NULL, plan_when TEXT NOT NULL,"
                       " data_plan TEXT NOT NULL, do_what_happened TEXT NOT NULL, do_problems TEXT NOT NULL,"
                       " do_plan_changes TEXT NOT NULL, do_observations TEXT NOT NULL,"
                       " study_result TEXT NOT NULL, study_learning TEXT NOT NULL, decision TEXT,"
                       " next_step TEXT NOT NULL, updated_at {timestamp} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX pdsa_cycle_botilbud ON pdsa_cycle (botilbud_id, cycle_number)"),
        QStringLiteral("CREATE TABLE pdsa_measure ("
                       " cycle_id BIGINT NOT NULL REFERENCES pdsa_cycle(id) ON DELETE CASCADE,"
                       " measure_id BIGINT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (cycle_id, measure_id))"),

        // overall_category is derived (DPSD rule in the domain) but stored so reports can group by it.
        QStringLiteral("CREATE TABLE incident (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " occurred_date {date} NOT NULL, occurred_time {time}, reported_date {date},"
                       " stage TEXT NOT NULL, error_type TEXT NOT NULL, actual_consequence TEXT NOT NULL,"
                       " possible_consequence TEXT NOT NULL, overall_category TEXT NOT NULL,"
                       " reached_citizen {boolean} NOT NULL, required_doctor_contact {boolean} NOT NULL,"
                       " ncc_merp TEXT, description TEXT NOT NULL, immediate_action TEXT NOT NULL,"
                       " learning TEXT NOT NULL, status TEXT NOT NULL,"
                       " reporter_id BIGINT REFERENCES person(id) ON DELETE SET NULL,"
                       " updated_at {timestamp} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX incident_botilbud_occurred ON incident (botilbud_id, occurred_date)"),

        QStringLiteral("CREATE TABLE competence_topic (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL, name TEXT NOT NULL, sort_order INTEGER NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE survey_round (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, round_date {date} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE competence_answer ("
                       " round_id BIGINT NOT NULL REFERENCES survey_round(id) ON DELETE CASCADE,"
                       " person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                       " topic_id BIGINT NOT NULL REFERENCES competence_topic(id) ON DELETE CASCADE,"
                       " answer_level INTEGER NOT NULL, training_need {boolean} NOT NULL,"
                       " PRIMARY KEY (round_id, person_id, topic_id))"),
        QStringLiteral("CREATE TABLE training_record (%1,"
                       " person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                       " course TEXT NOT NULL, provider TEXT NOT NULL, completed_date {date} NOT NULL,"
                       " refresher_due {date}, note TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX training_record_person ON training_record (person_id)"),

        QStringLiteral("CREATE TABLE monthly_report (%1,"
                       " botilbud_id BIGINT NOT NULL REFERENCES botilbud(id) ON DELETE CASCADE,"
                       " report_month {date} NOT NULL, status TEXT NOT NULL, went_well TEXT NOT NULL,"
                       " barriers TEXT NOT NULL, support_needed TEXT NOT NULL, plan_next_month TEXT NOT NULL,"
                       " self_score INTEGER, consultant_feedback TEXT NOT NULL, sent_date {date},"
                       " feedback_date {date}, updated_at {timestamp} NOT NULL,"
                       " CONSTRAINT monthly_report_unique_month UNIQUE (botilbud_id, report_month))")
            .arg(id),
    });
}

} // namespace

Migration migration001InitialSchema() {
    return Migration{1, QStringLiteral("initial schema"), &initialSchema};
}

} // namespace medsafe::storage
