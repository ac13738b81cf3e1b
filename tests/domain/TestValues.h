#pragma once

// Valid example values for the domain tests: each test breaks exactly one rule of a valid value.
#include "domain/Aim.h"
#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Driver.h"
#include "domain/Incident.h"
#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/MonthlyReport.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"
#include "domain/ProgrammeEvent.h"
#include "domain/SurveyRound.h"
#include "domain/TrainingRecord.h"

#include <QDate>

namespace medsafe::domain::test {

inline const QDate kToday(2022, 6, 15);

inline Botilbud validBotilbud() {
    return Botilbud{BotilbudId{1}, QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"), 12,
                    QDate(2020, 3, 1)};
}

inline Person validPerson() {
    return Person{PersonId{1},
                  BotilbudId{1},
                  QStringLiteral("Mette Hansen"),
                  PersonRole::Tovholder | PersonRole::Staff,
                  true,
                  QStringLiteral("mette@example.dk"),
                  true,
                  QDate(2023, 1, 9),
                  {}};
}

inline ProgrammeEvent validEvent() {
    ProgrammeEvent e;
    e.botilbudId = BotilbudId{1};
    e.kind = EventKind::LearningSession;
    e.number = 1;
    e.date = QDate(2020, 4, 2);
    e.title = QStringLiteral("Læringstræf 1");
    return e;
}

inline Measure validMeasure(MeasureKind kind = MeasureKind::Proportion) {
    Measure m;
    m.botilbudId = BotilbudId{1};
    m.name = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
    m.kind = kind;
    m.numeratorDefinition = QStringLiteral("Æsker uden afvigelse");
    m.denominatorDefinition = QStringLiteral("Kontrollerede æsker");
    return m;
}

inline Measurement validMeasurement() {
    return Measurement{MeasurementId{}, MeasureId{1}, QDate(2022, 5, 1), 18, 20.0, false, {}, {}};
}

inline PdsaCycle validCycle() {
    PdsaCycle c;
    c.botilbudId = BotilbudId{1};
    c.number = 1;
    c.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    c.startDate = QDate(2021, 1, 4);
    c.endDate = QDate(2021, 1, 18);
    return c;
}

inline Incident validIncident() {
    Incident i;
    i.botilbudId = BotilbudId{1};
    i.occurredDate = QDate(2022, 5, 3);
    i.occurredTime = QTime(8, 15);
    i.reportedDate = QDate(2022, 5, 4);
    i.stage = ProcessStage::Administration;
    i.errorType = ErrorType::NotGiven;
    i.description = QStringLiteral("Morgenmedicin blev ikke givet.");
    return i;
}

} // namespace medsafe::domain::test
