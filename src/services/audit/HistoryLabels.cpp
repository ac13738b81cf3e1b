#include "services/audit/HistoryLabels.h"

namespace medsafe::services {

QList<HistoryKind> HistoryLabels::allKinds() {
    return {HistoryKind::People,    HistoryKind::Programme, HistoryKind::Improvement,
            HistoryKind::Measurements, HistoryKind::Pdsa,  HistoryKind::Incidents,
            HistoryKind::Competences, HistoryKind::Reports, HistoryKind::Keys};
}

QString HistoryLabels::kindName(HistoryKind kind) {
    switch (kind) {
    case HistoryKind::People: return tr("People and accounts");
    case HistoryKind::Programme: return tr("Programme");
    case HistoryKind::Improvement: return tr("Aim, drivers and measures");
    case HistoryKind::Measurements: return tr("Measurements");
    case HistoryKind::Pdsa: return tr("PDSA cycles");
    case HistoryKind::Incidents: return tr("Incidents");
    case HistoryKind::Competences: return tr("Competences");
    case HistoryKind::Reports: return tr("Monthly reports and packages");
    case HistoryKind::Keys: return tr("Package keys");
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
        return {QStringLiteral("botilbud"), QStringLiteral("person"), QStringLiteral("person_role"), QStringLiteral("account")};
    case HistoryKind::Programme:
        return {QStringLiteral("programme"), QStringLiteral("programme_phase"), QStringLiteral("programme_event"),
                QStringLiteral("event_participant"), QStringLiteral("checklist_item")};
    case HistoryKind::Improvement:
        return {QStringLiteral("aim"), QStringLiteral("driver"), QStringLiteral("change_idea"), QStringLiteral("measure"),
                QStringLiteral("measure_split"), QStringLiteral("measure_exclusion")};
    case HistoryKind::Measurements: return {QStringLiteral("measurement")};
    case HistoryKind::Pdsa: return {QStringLiteral("pdsa_cycle"), QStringLiteral("pdsa_measure")};
    case HistoryKind::Incidents: return {QStringLiteral("incident")};
    case HistoryKind::Competences:
        return {QStringLiteral("competence_topic"), QStringLiteral("survey_round"), QStringLiteral("competence_answer"),
                QStringLiteral("training_record")};
    case HistoryKind::Reports: return {QStringLiteral("monthly_report"), QStringLiteral("received_package")};
    case HistoryKind::Keys: return {QStringLiteral("signing_key"), QStringLiteral("trusted_signer")};
    }
    return {};
}

HistoryKind HistoryLabels::kindOfTable(const QString& table) {
    for (HistoryKind kind : allKinds()) {
        if (tablesOf(kind).contains(table)) return kind;
    }
    return HistoryKind::Keys;
}

QString HistoryLabels::actorName(const QString& login) {
    if (login == QLatin1String("anonym")) return tr("Anonymous report");
    if (login.startsWith(QLatin1String("os:"))) return tr("%1 (without sign-in)").arg(login.mid(3));
    return login;
}

} // namespace medsafe::services
