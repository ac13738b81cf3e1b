#include "domain/Programme.h"

namespace medsafe::domain {

namespace {

struct PhaseSpan {
    Phase phase;
    int firstMonth; // months after the start month
    int lastMonth;  // inclusive
};

// See the class comment in Programme.h for why the months fall this way.
constexpr std::array<PhaseSpan, 4> kDefaultSpans{{
    {Phase::PreparationAndStart, 0, 5},
    {Phase::TestingAndImplementation, 6, 14},
    {Phase::SustainAndSpread, 15, 21},
    {Phase::Evaluation, 22, 23},
}};

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

QList<ProgrammePhase> Programme::defaultPhases(const QDate& start) {
    QList<ProgrammePhase> phases;
    if (!start.isValid()) return phases;
    const QDate base = firstOfMonth(start);
    for (const auto& span : kDefaultSpans) {
        const QDate first = base.addMonths(span.firstMonth);
        const QDate afterLast = base.addMonths(span.lastMonth + 1);
        phases.append({span.phase, first, afterLast.addDays(-1)});
    }
    return phases;
}

Programme Programme::withDefaultPhases(BotilbudId botilbud, const QDate& start) {
    return Programme{botilbud, start, defaultPhases(start)};
}

std::optional<Phase> Programme::phaseAt(const QDate& date) const {
    for (const auto& phase : phases) {
        if (date >= phase.startDate && date <= phase.endDate) return phase.phase;
    }
    return std::nullopt;
}

QDate Programme::endDate() const {
    QDate end;
    for (const auto& phase : phases) {
        if (!end.isValid() || phase.endDate > end) end = phase.endDate;
    }
    return end;
}

} // namespace medsafe::domain
