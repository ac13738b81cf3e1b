#include "domain/DefaultCompetenceTopics.h"
#include "domain/DefaultMeasures.h"
#include "domain/MeasureValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;

TEST_CASE("The nine default measures of docs/domain.md", "[defaults]") {
    const auto measures = DefaultMeasures::forNewBotilbud();
    REQUIRE(measures.size() == 9);
    const QStringList names{
        QStringLiteral("Dage mellem medicinfejl der krævede lægekontakt"),
        QStringLiteral("Dage mellem medicinfejl"),
        QStringLiteral("Antal medicinfejl"),
        QStringLiteral("Antal \"medicin ikke givet\""),
        QStringLiteral("Medicinfejl pr. 1.000 beboerdøgn"),
        QStringLiteral("Andel korrekt dispenserede doseringsæsker"),
        QStringLiteral("Andel korrekt dokumenterede administrationer"),
        QStringLiteral("Andel borgere med afstemt medicinliste"),
        QStringLiteral("Andel medicinhåndterende medarbejdere med dokumenteret oplæring"),
    };
    for (qsizetype i = 0; i < measures.size(); ++i) {
        Measure m = measures[i];
        CHECK(m.name == names[i]);
        CHECK_FALSE(m.operationalDefinition.isEmpty());
        m.botilbudId = BotilbudId{1};
        CHECK(MeasureValidator::validate(m).isEmpty());
    }
    CHECK(measures[0].defaultChart == ChartType::T);
    CHECK(measures[0].incidentFilter.requiredDoctorContactOnly);
    CHECK(measures[1].derivedFromIncidents);
    CHECK(measures[1].incidentFilter.isEmpty());
    CHECK(measures[3].incidentFilter.errorType == ErrorType::NotGiven);
    CHECK(measures[4].kind == MeasureKind::Rate);
    CHECK(measures[4].rateMultiplier == 1000.0);
    CHECK(measures[5].kind == MeasureKind::Proportion);
    CHECK(measures[5].direction == Direction::HigherIsBetter);
    CHECK_FALSE(measures[5].derivedFromIncidents);
}

TEST_CASE("Default competence topics", "[defaults]") {
    const auto topics = DefaultCompetenceTopics::forNewBotilbud();
    REQUIRE(topics.size() == 5);
    for (const auto& t : topics) {
        CHECK(t.isBuiltIn());
        CHECK_FALSE(t.name.isEmpty());
    }
}
