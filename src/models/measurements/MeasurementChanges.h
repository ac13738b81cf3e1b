#pragma once

#include "domain/MeasurementSheet.h"

namespace medsafe::models {

// The grid's edits, written by services::MeasurementGridService in one transaction.
using MeasurementChanges = domain::MeasurementChanges;

} // namespace medsafe::models
