#pragma once

#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/PdsaCycle.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace medsafe::domain {

// The monthly measurements of one botilbud as one sheet, measures × months: what the Målinger
// grid shows and edits. Plain values, read by the measurement grid service and handed to the
// grid model: the measures in their order, the months (oldest first), the stored values and
// the values computed from incidents for derived measures (where they could be computed).
struct MeasurementSheet {
    QList<Measure> measures;
    QList<QDate> months; // first day of each month, ascending
    QHash<qint64, QList<Measurement>> values; // by measure id
    QHash<qint64, QHash<QDate, double>> computed; // derived measures, by measure id
    QDate today;
    // For the numbered PDSA markers on the grid's chart, as on every other chart.
    QList<PdsaCycle> cycles;
    QList<ChangeIdea> changeIdeas;
};

// What saving the sheet must write: new values, changed values (incl. baseline marks) and
// values the person cleared. Built by the grid model; written in one transaction.
struct MeasurementChanges {
    QList<Measurement> added;
    QList<Measurement> updated;
    QList<MeasurementId> removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

} // namespace medsafe::domain
