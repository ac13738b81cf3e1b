#pragma once

#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QString>
#include <optional>

namespace medsafe::models {

// One measure in one month of the Målinger grid: the stored value (if any), the value now on
// screen, and what is wrong with it. Plain value; owned by MeasurementGridModel.
struct GridCell {
    domain::MeasurementId id; // 0 when nothing is stored for the month
    domain::RowVersion rowVersion; // of the stored value, so a save over someone else's is refused
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> savedNumerator;
    std::optional<double> savedDenominator;
    QString note;
    // Text typed that is not a number, kept so the person sees what they typed next to the reason.
    QString badNumerator;
    QString badDenominator;
    QString numeratorIssue;
    QString denominatorIssue;

    bool isStored() const { return id.isValid(); }
    bool isEmpty() const {
        return !numerator && !denominator && badNumerator.isEmpty() && badDenominator.isEmpty();
    }
    bool valuesChanged() const {
        return numerator != savedNumerator || denominator != savedDenominator || !badNumerator.isEmpty() ||
               !badDenominator.isEmpty();
    }
    bool hasIssue() const { return !numeratorIssue.isEmpty() || !denominatorIssue.isEmpty(); }
};

} // namespace medsafe::models
