#pragma once

#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for measures (definition and chart settings) and their monthly values.
class MeasureValidator {
    Q_DECLARE_TR_FUNCTIONS(MeasureValidator)

public:
    static ValidationIssues validate(const Measure& measure);
    // `kind` is the kind of the measure the value belongs to; `today` decides "future".
    static ValidationIssues validate(const Measurement& measurement, MeasureKind kind,
                                     const QDate& today = QDate::currentDate());
};

} // namespace medsafe::domain
