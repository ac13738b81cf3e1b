#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class EventKind {
    LearningSession, // læringstræf, numbered 1-7
    PsVisit,         // PS! visit, numbered 1-5
    PharmacyTeaching,
    Other,
};

template <> struct EnumCodeTable<EventKind> {
    static constexpr std::array<EnumCode<EventKind>, 4> kEntries{{
        {EventKind::LearningSession, "learning_session"},
        {EventKind::PsVisit, "ps_visit"},
        {EventKind::PharmacyTeaching, "pharmacy_teaching"},
        {EventKind::Other, "other"},
    }};
};

// A dated programme activity: læringstræf, PS! visit, pharmacy teaching or anything else.
struct ProgrammeEvent {
    static constexpr int kLearningSessions = 7;
    static constexpr int kPsVisits = 5;

    ProgrammeEventId id;
    BotilbudId botilbudId;
    EventKind kind = EventKind::Other;
    std::optional<int> number; // required for læringstræf and PS! visits
    QDate date;
    QString title;
    QList<PersonId> participants;
    QString notes;
    bool done = false;

    friend bool operator==(const ProgrammeEvent&, const ProgrammeEvent&) = default;
};

} // namespace medsafe::domain
