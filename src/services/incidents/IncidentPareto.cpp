#include "services/incidents/IncidentPareto.h"

#include "analysis/ParetoChart.h"
#include "domain/Taxonomy.h"

#include <QHash>
#include <QLocale>
#include <optional>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// A category of one incident: storage code (empty where the field has none) and label.
struct Category {
    QString code;
    QString label;
};

template <typename E> Category taxonomy(E value) {
    return {toCode(value), Taxonomy::label(value)};
}

Category yesNo(bool value) {
    return {value ? QStringLiteral("yes") : QStringLiteral("no"),
            value ? IncidentPareto::tr("Yes") : IncidentPareto::tr("No")};
}

std::optional<Category> categoryOf(const Incident& incident, IncidentField field) {
    switch (field) {
    case IncidentField::Stage: return taxonomy(incident.stage);
    case IncidentField::ErrorType: return taxonomy(incident.errorType);
    case IncidentField::ActualConsequence: return taxonomy(incident.actualConsequence);
    case IncidentField::PossibleConsequence: return taxonomy(incident.possibleConsequence);
    case IncidentField::OverallCategory: return taxonomy(incident.overallCategory());
    case IncidentField::NccMerp:
        if (!incident.nccMerp) return std::nullopt;
        return taxonomy(*incident.nccMerp);
    case IncidentField::ReachedCitizen: return yesNo(incident.reachedCitizen);
    case IncidentField::DoctorContact: return yesNo(incident.requiredDoctorContact);
    case IncidentField::Status: return taxonomy(incident.status);
    case IncidentField::Weekday: {
        if (!incident.occurredDate.isValid()) return std::nullopt;
        const int day = incident.occurredDate.dayOfWeek();
        // The label starts with its number, so equal counts stay in week order (Monday first).
        return Category{QString::number(day), QStringLiteral("%1 %2").arg(day).arg(QLocale().dayName(day))};
    }
    case IncidentField::Shift:
        if (!incident.occurredTime.isValid()) return std::nullopt;
        return Category{QString(), IncidentPareto::shiftLabel(incident.occurredTime)};
    }
    return std::nullopt;
}

} // namespace

QList<IncidentField> IncidentPareto::fields() {
    return {IncidentField::Stage,          IncidentField::ErrorType,      IncidentField::ActualConsequence,
            IncidentField::PossibleConsequence, IncidentField::OverallCategory, IncidentField::NccMerp,
            IncidentField::ReachedCitizen, IncidentField::DoctorContact,  IncidentField::Status,
            IncidentField::Weekday,        IncidentField::Shift};
}

QString IncidentPareto::fieldLabel(IncidentField field) {
    switch (field) {
    case IncidentField::Stage: return tr("Process stage");
    case IncidentField::ErrorType: return tr("Error type");
    case IncidentField::ActualConsequence: return tr("Actual consequence");
    case IncidentField::PossibleConsequence: return tr("Possible consequence");
    case IncidentField::OverallCategory: return tr("Overall severity");
    case IncidentField::NccMerp: return tr("NCC MERP category");
    case IncidentField::ReachedCitizen: return tr("Reached the citizen");
    case IncidentField::DoctorContact: return tr("Required doctor contact");
    case IncidentField::Status: return tr("Status");
    case IncidentField::Weekday: return tr("Weekday");
    case IncidentField::Shift: return tr("Shift");
    }
    return {};
}

QString IncidentPareto::fieldKey(IncidentField field) {
    switch (field) {
    case IncidentField::Stage: return QStringLiteral("stage");
    case IncidentField::ErrorType: return QStringLiteral("error_type");
    case IncidentField::ActualConsequence: return QStringLiteral("actual_consequence");
    case IncidentField::PossibleConsequence: return QStringLiteral("possible_consequence");
    case IncidentField::OverallCategory: return QStringLiteral("overall_category");
    case IncidentField::NccMerp: return QStringLiteral("ncc_merp");
    case IncidentField::ReachedCitizen: return QStringLiteral("reached_citizen");
    case IncidentField::DoctorContact: return QStringLiteral("doctor_contact");
    case IncidentField::Status: return QStringLiteral("status");
    case IncidentField::Weekday: return QStringLiteral("weekday");
    case IncidentField::Shift: return QStringLiteral("shift");
    }
    return {};
}

std::optional<IncidentField> IncidentPareto::fieldFromKey(const QString& key) {
    for (IncidentField field : fields())
        if (fieldKey(field) == key) return field;
    return std::nullopt;
}

QString IncidentPareto::shiftLabel(const QTime& time) {
    const int hour = time.hour();
    if (hour >= 7 && hour < 15) return tr("Day (07–15)");
    if (hour >= 15 && hour < 23) return tr("Evening (15–23)");
    return tr("Night (23–07)");
}

QList<ParetoBar> IncidentPareto::of(const QList<Incident>& incidents, IncidentField field) {
    std::vector<std::optional<std::string>> observations;
    observations.reserve(std::size_t(incidents.size()));
    QHash<QString, QString> codeOfLabel;
    for (const Incident& incident : incidents) {
        const auto category = categoryOf(incident, field);
        if (!category) {
            observations.emplace_back(std::nullopt);
            continue;
        }
        codeOfLabel.insert(category->label, category->code);
        observations.emplace_back(category->label.toStdString());
    }
    const analysis::ParetoResult pareto = analysis::ParetoChart::fromObservations(observations, true);
    QList<ParetoBar> bars;
    for (const auto& category : pareto.categories) {
        ParetoBar bar;
        bar.label = category.name ? QString::fromStdString(*category.name) : tr("Not stated");
        bar.code = category.name ? codeOfLabel.value(bar.label) : QString();
        bar.count = static_cast<int>(category.count);
        bar.cumulativePercent = 100.0 * category.cumulativeShare;
        bars.append(bar);
    }
    return bars;
}

} // namespace medsafe::services
