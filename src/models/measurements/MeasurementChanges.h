#pragma once

#include "domain/Measurement.h"

#include <QList>

namespace medsafe::models {

// What saving the Målinger grid must write: new values, changed values (incl. baseline marks)
// and values the person cleared. Built by MeasurementGridModel; written in one transaction.
struct MeasurementChanges {
    QList<domain::Measurement> added;
    QList<domain::Measurement> updated;
    QList<domain::MeasurementId> removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

} // namespace medsafe::models
