#pragma once

#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <optional>

namespace medsafe::domain {

// Which number of a monthly value an issue is about, so a grid or form marks the right cell.
// Issues about the month, the measure or the note are Other: they belong to the whole value.
enum class MeasurementPart { Numerator, Denominator, Other };

// Validation rules for measures (definition and chart settings) and their monthly values: the
// one home of every measurement rule. The Målinger grid, the CLI, CSV and package imports and
// MeasureRepository all ask here, so a value refused in one is refused in all. Stateless.
class MeasureValidator {
    Q_DECLARE_TR_FUNCTIONS(MeasureValidator)

public:
    static ValidationIssues validate(const Measure& measure);
    // `kind` is the kind of the measure the value belongs to; `today` decides "future". Issues
    // about the numbers name their part in `field` ("numerator", "denominator"; see partOf).
    static ValidationIssues validate(const Measurement& measurement, MeasureKind kind,
                                     const QDate& today = QDate::currentDate());
    // The same for a value typed part by part (a row of the Målinger grid): `numerator` is empty
    // while nothing is typed there; the denominator is measurement.denominator. A proportion or
    // rate with only its denominator typed asks for the numerator too.
    static ValidationIssues validateTyped(std::optional<double> numerator, const Measurement& measurement,
                                          MeasureKind kind, const QDate& today = QDate::currentDate());

    static MeasurementPart partOf(const ValidationIssue& issue);
    // Whether both numbers of a value of this kind are counted (events, doses, boxes), so only
    // whole numbers make sense.
    static bool wholeNumbersOnly(MeasureKind kind);
    // What to type instead of text that is not a number, in a part of a value of this kind.
    static QString numberExpected(MeasureKind kind);
};

} // namespace medsafe::domain
