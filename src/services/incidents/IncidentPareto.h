#pragma once

#include "domain/Incident.h"
#include "services/incidents/IncidentStatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::services {

// The incident fields a Pareto chart can be drawn by: the DPSD taxonomy, and when in the day
// and week the event happened (patterns by shift or weekday point at a work routine).
enum class IncidentField {
    Stage,
    ErrorType,
    ActualConsequence,
    PossibleConsequence,
    OverallCategory,
    NccMerp,
    ReachedCitizen,
    DoctorContact,
    Status,
    Weekday,
    Shift,
};

// Pareto charts of incidents by any field, counted and ordered by the analysis engine's
// ParetoChart (largest first; equal counts in the byte order of their labels, as qicharts2's
// paretochart orders them; an unset value, such as an unknown time or no NCC MERP category,
// is a bar of its own, "Not stated", after the named ones it ties with). Stateless.
class IncidentPareto {
    Q_DECLARE_TR_FUNCTIONS(IncidentPareto)

public:
    // Every field, in the order a chooser lists them.
    static QList<IncidentField> fields();
    static QString fieldLabel(IncidentField field);
    // A stable English key ("stage", "error_type", ...) for settings and the command line.
    static QString fieldKey(IncidentField field);
    static std::optional<IncidentField> fieldFromKey(const QString& key);

    // The bars, largest first, every category that occurs; `code` is the storage code where the
    // field has one (empty for the unset bar), `label` the translated category.
    static QList<ParetoBar> of(const QList<domain::Incident>& incidents, IncidentField field);

    // The label of the shift an event time falls in (day 07–15, evening 15–23, night 23–07).
    static QString shiftLabel(const QTime& time);
};

} // namespace medsafe::services
