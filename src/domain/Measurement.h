#pragma once

#include "domain/RowVersion.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

// One value of a measure for one month. A proportion keeps numerator and denominator, never a
// rounded percentage, so charts (P, U) can compute their limits.
struct Measurement {
    MeasurementId id;
    MeasureId measureId;
    QDate period; // first day of the month
    double numerator = 0;
    std::optional<double> denominator;
    bool baseline = false;
    QString note;
    RowVersion rowVersion; // see RowVersion: refuses a save over someone else's newer value

    friend bool operator==(const Measurement&, const Measurement&) = default;
};

} // namespace medsafe::domain
