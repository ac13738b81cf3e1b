#pragma once

#include "domain/Measure.h"
#include "domain/PdsaCycle.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::domain {

// One PDSA cycle of a change package's story, anonymised: no people, no dates finer than the
// month, and only the texts that tell what was tried and learned.
struct ChangeStoryCycle {
    int number = 1;
    QString title;
    PdsaStatus status = PdsaStatus::Completed;
    QDate startMonth; // first day of the month; invalid when the cycle had no start date
    QDate endMonth;   // likewise
    QString question;
    QString prediction;
    QString planned;  // what was planned (Plan: what)
    QString happened; // what happened (Do)
    QString result;   // result against the prediction (Study)
    QString learning;
    std::optional<ActDecision> decision;
    QString nextStep;

    friend bool operator==(const ChangeStoryCycle&, const ChangeStoryCycle&) = default;
};

// A measure that showed the change worked: its definitions, so the receiver can measure the
// same thing, and a short result (medians of the plotted values before and after adoption).
struct ChangePackageMeasure {
    QString name;
    MeasureType type = MeasureType::Process;
    MeasureKind kind = MeasureKind::Proportion;
    Direction direction = Direction::HigherIsBetter;
    double rateMultiplier = 1.0;
    bool derivedFromIncidents = false;
    QString operationalDefinition;
    QString numeratorDefinition;
    QString denominatorDefinition;
    std::optional<double> medianBefore;
    std::optional<double> medianAfter;
    int pointsBefore = 0;
    int pointsAfter = 0;

    friend bool operator==(const ChangePackageMeasure&, const ChangePackageMeasure&) = default;
};

// The content of a change package (forandringspakke): an adopted change idea with its driver,
// its anonymised PDSA story and its measures, and where it comes from. The same value is what
// the exporter writes and what the importer and the spread page read back.
struct ChangePackage {
    QString spreadKey;
    QString title;
    QString description;
    QString driverText;        // the driver the idea belongs to (empty: none)
    QString primaryDriverText; // its primary driver when the driver is secondary (else empty)
    QString originBotilbud;
    QString originKommune;
    QString originKey; // the origin botilbud's package key
    QDate exportedOn;
    QDate adoptedMonth; // first day of the month the change was adopted
    QList<ChangeStoryCycle> cycles;
    QList<ChangePackageMeasure> measures;

    friend bool operator==(const ChangePackage&, const ChangePackage&) = default;
};

} // namespace medsafe::domain
