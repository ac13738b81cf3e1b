#pragma once

#include "domain/ChartSettings.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/IncidentFilter.h"

#include <QString>
#include <optional>

namespace medsafe::domain {

enum class MeasureKind {
    Count,       // events in a period
    Proportion,  // numerator / denominator, numerator <= denominator
    Rate,        // numerator / denominator * multiplier (e.g. per 1,000 resident-days)
    DaysBetween, // days between consecutive events (T chart)
    Value,       // any measured number
};

template <> struct EnumCodeTable<MeasureKind> {
    static constexpr std::array<EnumCode<MeasureKind>, 5> kEntries{{
        {MeasureKind::Count, "count"},
        {MeasureKind::Proportion, "proportion"},
        {MeasureKind::Rate, "rate"},
        {MeasureKind::DaysBetween, "days_between"},
        {MeasureKind::Value, "value"},
    }};
};

constexpr bool kindNeedsDenominator(MeasureKind kind) {
    return kind == MeasureKind::Proportion || kind == MeasureKind::Rate;
}

enum class MeasureType {
    Outcome,
    Process,
    Balancing,
};

template <> struct EnumCodeTable<MeasureType> {
    static constexpr std::array<EnumCode<MeasureType>, 3> kEntries{{
        {MeasureType::Outcome, "outcome"},
        {MeasureType::Process, "process"},
        {MeasureType::Balancing, "balancing"},
    }};
};

enum class Direction {
    HigherIsBetter,
    LowerIsBetter,
};

template <> struct EnumCodeTable<Direction> {
    static constexpr std::array<EnumCode<Direction>, 2> kEntries{{
        {Direction::HigherIsBetter, "higher"},
        {Direction::LowerIsBetter, "lower"},
    }};
};

enum class ChartType { Run, C, U, P, I, MR, T, G };

template <> struct EnumCodeTable<ChartType> {
    static constexpr std::array<EnumCode<ChartType>, 8> kEntries{{
        {ChartType::Run, "run"},
        {ChartType::C, "c"},
        {ChartType::U, "u"},
        {ChartType::P, "p"},
        {ChartType::I, "i"},
        {ChartType::MR, "mr"},
        {ChartType::T, "t"},
        {ChartType::G, "g"},
    }};
};

// A measure (målepunkt): what is counted, how, which way is better, and how it is charted.
// Derived measures (derivedFromIncidents) take their numerator from the incident table through
// `incidentFilter` instead of typed measurements.
struct Measure {
    MeasureId id;
    BotilbudId botilbudId;
    QString name;
    MeasureKind kind = MeasureKind::Count;
    MeasureType type = MeasureType::Outcome;
    QString operationalDefinition;
    QString numeratorDefinition;
    QString denominatorDefinition;
    double rateMultiplier = 1.0; // e.g. 1000 for "per 1,000 resident-days"
    Direction direction = Direction::LowerIsBetter;
    std::optional<double> target;
    ChartType defaultChart = ChartType::Run;
    bool derivedFromIncidents = false;
    IncidentFilter incidentFilter;
    ChartSettings chartSettings;
    int sortOrder = 0;
    bool active = true;

    friend bool operator==(const Measure&, const Measure&) = default;
};

} // namespace medsafe::domain
