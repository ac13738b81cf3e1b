#pragma once

// A small database for the measure tests, with values that are easy to count by hand:
// botilbud "Testhjemmet" with 10 residents, a programme from January 2024 (24 months), one typed
// proportion and the derived measures of a new botilbud, and six incidents.
#include "../../common/ScratchDatabase.h"
#include "domain/Incident.h"
#include "domain/Measure.h"
#include "domain/Programme.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ProgrammeRepository.h"

#include <catch2/catch.hpp>
#include <memory>

namespace medsafe::services::test {

struct MeasureFixture {
    std::unique_ptr<storage::Database> db;
    domain::BotilbudId home;
    domain::Measure proportion; // typed: Jan, Mar, Apr 2024 (Feb missing)
    domain::Measure count;      // derived: all incidents per month
    domain::Measure rate;       // derived: per 1,000 resident-days
    domain::Measure daysBetween;
    domain::Measure doctorDays; // derived: days between incidents with a doctor's contact
    static QDate asOf() { return QDate(2026, 3, 15); }

    MeasureFixture() {
        auto opened = testing::openScratchDatabase();
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        auto id = storage::BotilbudRepository(*db).add(domain::Botilbud{
            {}, QStringLiteral("Testhjemmet"), QStringLiteral("Fjordby"), 10, QDate(2023, 1, 1)});
        REQUIRE(id.ok());
        home = *id;
        REQUIRE(storage::ProgrammeRepository(*db)
                    .save(domain::Programme::withDefaultPhases(home, QDate(2024, 1, 1)))
                    .ok());

        proportion =
            measure(QStringLiteral("Andel korrekt dispenserede"), domain::MeasureKind::Proportion, false);
        proportion.direction = domain::Direction::HigherIsBetter;
        proportion.denominatorDefinition = QStringLiteral("Kontrollerede æsker");
        count = measure(QStringLiteral("Antal medicinfejl"), domain::MeasureKind::Count, true);
        rate = measure(QStringLiteral("Medicinfejl pr. 1.000 beboerdøgn"), domain::MeasureKind::Rate, true);
        rate.rateMultiplier = 1000;
        rate.denominatorDefinition = QStringLiteral("Beboerdøgn");
        daysBetween =
            measure(QStringLiteral("Dage mellem medicinfejl"), domain::MeasureKind::DaysBetween, true);
        daysBetween.direction = domain::Direction::HigherIsBetter;
        daysBetween.defaultChart = domain::ChartType::T;
        doctorDays =
            measure(QStringLiteral("Dage mellem lægekontakt"), domain::MeasureKind::DaysBetween, true);
        doctorDays.incidentFilter.requiredDoctorContactOnly = true;
        int order = 0;
        for (domain::Measure* m : {&proportion, &count, &rate, &daysBetween, &doctorDays}) {
            m->sortOrder = ++order;
            auto added = storage::MeasureRepository(*db).add(*m);
            INFO((added.ok() ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
            m->id = *added;
        }
        const QList<domain::Measurement> values{
            {{}, proportion.id, QDate(2024, 1, 1), 8, 10.0, true, {}, {}},
            {{}, proportion.id, QDate(2024, 3, 1), 9, 10.0, false, {}, {}},
            {{}, proportion.id, QDate(2024, 4, 1), 19, 20.0, false, {}, {}},
        };
        REQUIRE(storage::MeasureRepository(*db).addMeasurements(values).ok());

        // 2023-12-20 lies before the programme: it opens the first interval but is no month.
        for (const auto& [date, doctor] :
             {std::pair{QDate(2023, 12, 20), false}, std::pair{QDate(2024, 1, 5), true},
              std::pair{QDate(2024, 1, 20), false}, std::pair{QDate(2024, 3, 10), true},
              std::pair{QDate(2024, 3, 10), false}, std::pair{QDate(2025, 12, 31), false}}) {
            domain::Incident incident;
            incident.botilbudId = home;
            incident.occurredDate = date;
            incident.reportedDate = date;
            incident.requiredDoctorContact = doctor;
            incident.description = QStringLiteral("Morgenmedicin ikke givet i lejlighed 3.");
            auto added = storage::IncidentRepository(*db).add(incident);
            INFO((added.ok() ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
        }
    }

    domain::Measure measure(const QString& name, domain::MeasureKind kind, bool derived) const {
        domain::Measure m;
        m.botilbudId = home;
        m.name = name;
        m.kind = kind;
        m.derivedFromIncidents = derived;
        return m;
    }
};

} // namespace medsafe::services::test
