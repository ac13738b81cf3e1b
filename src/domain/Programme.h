#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::domain {

enum class Phase {
    PreparationAndStart = 1,
    TestingAndImplementation = 2,
    SustainAndSpread = 3,
    Evaluation = 4,
};

template <> struct EnumCodeTable<Phase> {
    static constexpr std::array<EnumCode<Phase>, 4> kEntries{{
        {Phase::PreparationAndStart, "preparation"},
        {Phase::TestingAndImplementation, "testing"},
        {Phase::SustainAndSpread, "sustain"},
        {Phase::Evaluation, "evaluation"},
    }};
};

struct ProgrammePhase {
    Phase phase = Phase::PreparationAndStart;
    QDate startDate;
    QDate endDate; // inclusive

    friend bool operator==(const ProgrammePhase&, const ProgrammePhase&) = default;
};

// The two-year programme of one botilbud: its start date and the dates of the four phases.
//
// Default phase plan (24 months from the start month, months counted from 0):
//   phase 1 months 0-5, phase 2 months 6-14, phase 3 months 15-21, phase 4 months 22-23.
// Phase 1 holds kick-off, first visit and baseline (about half a year); phase 2 is the longest
// because it carries 3 visits and 3 læringstræf; phase 3 carries 1 visit and 3 læringstræf;
// phase 4 is a short final evaluation. Phases start on the first day of their month and end on
// the last day of their last month, so they never overlap and leave no gaps.
struct Programme {
    BotilbudId botilbudId;
    QDate startDate;
    QList<ProgrammePhase> phases; // ordered 1..4

    static constexpr int kMonths = 24;

    // The default four phases for a programme starting in the month of `start`.
    static QList<ProgrammePhase> defaultPhases(const QDate& start);
    static Programme withDefaultPhases(BotilbudId botilbud, const QDate& start);

    // The phase `date` falls in, or nothing before the start / after the end.
    std::optional<Phase> phaseAt(const QDate& date) const;
    QDate endDate() const;

    friend bool operator==(const Programme&, const Programme&) = default;
};

} // namespace medsafe::domain
