#include "domain/MeasureValidator.h"

#include "domain/CprDetector.h"

#include <QLocale>
#include <cmath>

namespace medsafe::domain {

namespace {

bool isWholeNumber(double value) {
    return std::isfinite(value) && std::floor(value) == value;
}

QString formatted(double value) {
    return QLocale().toString(value, 'g', 12);
}

const QString kNumerator = QStringLiteral("numerator");
const QString kDenominator = QStringLiteral("denominator");

} // namespace

ValidationIssues MeasureValidator::validate(const Measure& measure) {
    ValidationIssues issues;
    if (!measure.botilbudId.isValid())
        issues.append({QStringLiteral("botilbudId"), tr("Choose the botilbud the measure belongs to.")});
    if (measure.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Type the name of the measure.")});
    if (kindNeedsDenominator(measure.kind) && measure.denominatorDefinition.trimmed().isEmpty())
        issues.append({QStringLiteral("denominatorDefinition"),
                       tr("Describe what is counted in the denominator (for example: doses checked).")});
    if (!(measure.rateMultiplier > 0))
        issues.append({QStringLiteral("rateMultiplier"),
                       tr("The multiplier must be a number above 0, for example 1000.")});
    if (measure.derivedFromIncidents && measure.kind != MeasureKind::Count &&
        measure.kind != MeasureKind::Rate && measure.kind != MeasureKind::DaysBetween)
        issues.append({QStringLiteral("derivedFromIncidents"),
                       tr("Only counts, rates and days between events can be derived from incidents.")});
    if (measure.target && !std::isfinite(*measure.target))
        issues.append({QStringLiteral("target"), tr("Type the target as a number, or leave it empty.")});

    const auto& chart = measure.chartSettings;
    for (qsizetype i = 0; i < chart.splitDates.size(); ++i) {
        if (!chart.splitDates.at(i).isValid() ||
            (i > 0 && chart.splitDates.at(i) <= chart.splitDates.at(i - 1))) {
            issues.append(
                {QStringLiteral("splitDates"), tr("Split dates must be valid dates in increasing order.")});
            break;
        }
    }
    for (const auto& exclusion : chart.exclusions) {
        if (!exclusion.period.isValid()) {
            issues.append({QStringLiteral("exclusions"), tr("Choose the period to leave out.")});
            break;
        }
        if (exclusion.reason.trimmed().isEmpty()) {
            issues.append({QStringLiteral("exclusions"),
                           tr("Write why the period is left out; readers of the chart will see it.")});
            break;
        }
    }
    CprDetector::check(issues, QStringLiteral("operationalDefinition"), measure.operationalDefinition);
    CprDetector::check(issues, QStringLiteral("numeratorDefinition"), measure.numeratorDefinition);
    CprDetector::check(issues, QStringLiteral("denominatorDefinition"), measure.denominatorDefinition);
    for (const auto& exclusion : chart.exclusions)
        CprDetector::check(issues, QStringLiteral("exclusions"), exclusion.reason);
    return issues;
}

ValidationIssues MeasureValidator::validate(const Measurement& measurement, MeasureKind kind,
                                            const QDate& today) {
    ValidationIssues issues;
    if (!measurement.measureId.isValid())
        issues.append({QStringLiteral("measureId"), tr("Choose the measure the value belongs to.")});
    if (!measurement.period.isValid()) {
        issues.append({QStringLiteral("period"), tr("Choose the month the value belongs to.")});
    } else {
        if (measurement.period.day() != 1)
            issues.append(
                {QStringLiteral("period"), tr("A period is a month: use the first day of the month.")});
        const QDate thisMonth(today.year(), today.month(), 1);
        if (measurement.period > thisMonth)
            issues.append({QStringLiteral("period"), tr("The month lies in the future; values can only be "
                                                        "entered for past months and this month.")});
    }
    const bool counted = wholeNumbersOnly(kind);
    const bool pair = kindNeedsDenominator(kind);
    if (!std::isfinite(measurement.numerator) || measurement.numerator < 0)
        issues.append({kNumerator, tr("The value must be 0 or more.")});
    else if (counted && !pair && !isWholeNumber(measurement.numerator))
        issues.append({kNumerator, tr("A count must be a whole number.")});

    if (pair) {
        if (!measurement.denominator || !std::isfinite(*measurement.denominator) ||
            *measurement.denominator <= 0) {
            issues.append({kDenominator, tr("Type the denominator; it must be more than 0.")});
        } else {
            // A proportion's denominator is counted too ('doses given', 'boxes checked').
            if (counted && !isWholeNumber(*measurement.denominator))
                issues.append({kDenominator, numberExpected(kind)});
            if (kind == MeasureKind::Proportion && measurement.numerator > *measurement.denominator)
                issues.append(
                    {kNumerator,
                     tr("The numerator (%1) cannot be larger than the denominator (%2).")
                         .arg(formatted(measurement.numerator), formatted(*measurement.denominator))});
        }
    }
    // After the comparison with the denominator, which says more when both apply.
    if (counted && pair && !isWholeNumber(measurement.numerator))
        issues.append({kNumerator, tr("A count must be a whole number.")});
    CprDetector::check(issues, QStringLiteral("note"), measurement.note);
    return issues;
}

ValidationIssues MeasureValidator::validateTyped(std::optional<double> numerator,
                                                 const Measurement& measurement, MeasureKind kind,
                                                 const QDate& today) {
    if (!numerator) {
        // Nothing typed is nothing to save; a denominator alone is half a value.
        if (measurement.denominator && kindNeedsDenominator(kind))
            return {{kNumerator, tr("Type the numerator too (0 or more).")}};
        return {};
    }
    Measurement typed = measurement;
    typed.numerator = *numerator;
    return validate(typed, kind, today);
}

MeasurementPart MeasureValidator::partOf(const ValidationIssue& issue) {
    if (issue.field == kNumerator) return MeasurementPart::Numerator;
    if (issue.field == kDenominator) return MeasurementPart::Denominator;
    return MeasurementPart::Other;
}

bool MeasureValidator::wholeNumbersOnly(MeasureKind kind) {
    // A rate's denominator (resident-days, hours) and a measured value may be fractions.
    return kind == MeasureKind::Count || kind == MeasureKind::DaysBetween || kind == MeasureKind::Proportion;
}

QString MeasureValidator::numberExpected(MeasureKind kind) {
    return wholeNumbersOnly(kind) ? tr("Type a whole number, for example 12.")
                                  : tr("Type a number, for example 12,5.");
}

} // namespace medsafe::domain
