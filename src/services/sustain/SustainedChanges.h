#pragma once

#include "domain/Driver.h"
#include "services/measures/DashboardService.h"
#include "services/sustain/ChangeAdoption.h"
#include "services/sustain/FrozenChart.h"
#include "services/sustain/SlipBack.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace medsafe::services {

enum class SustainStatus {
    Holding,      // "Holder niveauet"
    SlippingBack, // "Glider tilbage"
    TooFewPoints, // "For få målinger endnu"
    NoMeasures,   // no measure linked to the change's cycles
};

// One measure of an adopted change, read against the limits frozen after adoption.
struct SustainedMeasure {
    domain::Measure measure;
    MeasureChart runChart; // the measure's ordinary run chart, whole series (empty for the dashboard)
    FrozenChart frozen;
    SlipBack slipBack;
    SustainStatus status = SustainStatus::TooFewPoints;
    QString sentence; // the slip-back sentence, empty when holding
};

struct SustainedChange {
    ChangeAdoption change;
    QList<SustainedMeasure> measures;
    SustainStatus status = SustainStatus::NoMeasures; // the worst of its measures
};

// Reads the adopted changes of a botilbud from the charts the dashboard has loaded already
// (its series, PDSA cycles and change ideas), so neither the dashboard nor the sustain view
// queries anything twice. Pure; GUI or worker thread alike.
class SustainedChanges {
    Q_DECLARE_TR_FUNCTIONS(SustainedChanges)

public:
    // Every adopted change with its active measures. `withRunCharts` also computes each
    // measure's whole-series run chart (the sustain view shows it; the dashboard has its own).
    static QList<SustainedChange> assess(const DashboardData& data, const QList<domain::Driver>& drivers,
                                         bool withRunCharts = true);
    // The same from the pieces (the final evaluation holds its charts, cycles and ideas apart).
    static QList<SustainedChange> assess(const QList<MeasureChart>& charts,
                                         const QList<domain::PdsaCycle>& cycles,
                                         const QList<domain::ChangeIdea>& ideas,
                                         const QList<domain::Driver>& drivers, bool withRunCharts = true);
    // The dashboard's flags: the slip-back sentence of each measure that slips back (the most
    // recently adopted change's when a measure belongs to several).
    static QHash<domain::MeasureId, QString> slipBackSentences(const DashboardData& data);
    // "Holder niveauet", "Glider tilbage", "For få målinger endnu", "Ingen målepunkter knyttet".
    static QString statusText(SustainStatus status);
    // One measure, from its whole series: the frozen chart, the slip-back reading and the status.
    static SustainedMeasure assessMeasure(const domain::Measure& measure, const MeasureSeries& series,
                                          const ChangeAdoption& change);
};

} // namespace medsafe::services
