#pragma once

#include "domain/Measure.h"
#include "domain/Measurement.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace medsafe::models {

// Everything the Målinger grid shows for one botilbud, read by the view and handed over as
// plain values: the measures in their order, the months (oldest first), the stored values and
// the values computed from incidents for derived measures (where they could be computed).
struct MeasurementGridSnapshot {
    QList<domain::Measure> measures;
    QList<QDate> months; // first day of each month, ascending
    QHash<qint64, QList<domain::Measurement>> values;        // by measure id
    QHash<qint64, QHash<QDate, double>> computed;             // derived measures, by measure id
    QDate today;
};

} // namespace medsafe::models
