#pragma once

#include "domain/MeasurementSheet.h"

namespace medsafe::models {

// The grid shows a domain::MeasurementSheet (read by services::MeasurementGridService).
using MeasurementGridSnapshot = domain::MeasurementSheet;

} // namespace medsafe::models
