#include "AnhojCheck.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoSeries.h"
#include "domain/CprDetector.h"
#include "domain/IncidentValidator.h"
#include "domain/MeasureValidator.h"
#include "domain/PdsaValidator.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace medsafe;
using namespace medsafe::demo;
using namespace medsafe::domain;

namespace {

const DemoDataset& defaultDataset()
{
    static const DemoDataset kDataset = DemoGenerator(DemoOptions{}).generate();
    return kDataset;
}

int countRole(const DemoBotilbud& home, PersonRole role)
{
    return static_cast<int>(home.peopleWith(role).size());
}

} // namespace

TEST_CASE("the same seed gives the same dataset, another seed another", "[demo][generator]")
{
    DemoOptions options;
    options.seed = 42;
    const DemoDataset first = DemoGenerator(options).generate();
    const DemoDataset second = DemoGenerator(options).generate();
    CHECK(first == second);

    options.seed = 43;
    const DemoDataset other = DemoGenerator(options).generate();
    CHECK_FALSE(first == other);
    CHECK(first.botilbud[0].botilbud.name == other.botilbud[0].botilbud.name); // the story stays
}

TEST_CASE("the default dataset is one botilbud with the asked-for contents", "[demo][generator]")
{
    const DemoDataset& dataset = defaultDataset();
    REQUIRE(dataset.botilbud.size() == 1);
    const DemoBotilbud& home = dataset.botilbud[0];
    CHECK(home.botilbud.name == QStringLiteral("Bostedet Lærkehøj"));
    CHECK(home.botilbud.residentCount == 24);
    CHECK(home.programme.startDate == QDate(2024, 1, 1));
    CHECK(home.programme.endDate() == QDate(2025, 12, 31));

    CHECK(countRole(home, PersonRole::Tovholder) == 1);
    CHECK(countRole(home, PersonRole::Leader) == 1);
    CHECK(countRole(home, PersonRole::WorkingGroupMember) >= 3 + 2); // 3-5 staff + tovholder + leader
    CHECK(countRole(home, PersonRole::WorkingGroupMember) <= 5 + 2);
    CHECK(countRole(home, PersonRole::Staff) == 20);
    CHECK(countRole(home, PersonRole::PsConsultant) == 1);
    CHECK(countRole(home, PersonRole::PharmacyContact) == 1);

    int sessions = 0, visits = 0, pharmacy = 0;
    for (const auto& event : home.events) {
        sessions += event.kind == EventKind::LearningSession;
        visits += event.kind == EventKind::PsVisit;
        pharmacy += event.kind == EventKind::PharmacyTeaching;
        CHECK_FALSE(event.notes.isEmpty());
        CHECK_FALSE(event.participants.isEmpty());
    }
    CHECK(sessions == ProgrammeEvent::kLearningSessions);
    CHECK(visits == ProgrammeEvent::kPsVisits);
    CHECK(pharmacy >= 2);

    REQUIRE(home.checklist.size() == 5);
    for (const auto& item : home.checklist)
        CHECK(home.programme.phaseAt(item.doneDate) == Phase::PreparationAndStart);

    CHECK_FALSE(home.aim.whatToAccomplish.isEmpty());
    CHECK_FALSE(home.aim.howWillWeKnow.isEmpty());
    CHECK_FALSE(home.aim.whatChanges.isEmpty());
    int primaries = 0;
    for (const auto& driver : home.drivers)
        primaries += driver.level == DriverLevel::Primary;
    CHECK(primaries >= 2);
    CHECK(primaries <= 3);
    CHECK(home.changeIdeas.size() >= 8);

    CHECK(home.measures.size() == 9);
    CHECK(home.pdsaCycles.size() == 15);
    CHECK(home.incidents.size() == 80);
    CHECK(home.surveyRounds.size() == 2);
    CHECK(home.reports.size() == 24 - 6);
}

TEST_CASE("PDSA cycles form ramps with Danish text in every field", "[demo][generator]")
{
    const DemoBotilbud& home = defaultDataset().botilbud[0];
    QSet<qint64> seen;
    QSet<ActDecision> decisions;
    int withParent = 0;
    for (const auto& cycle : home.pdsaCycles) {
        if (cycle.parentId) {
            CHECK(seen.contains(cycle.parentId->value)); // parents come first
            ++withParent;
        }
        seen.insert(cycle.id.value);
        REQUIRE(cycle.decision.has_value());
        decisions.insert(*cycle.decision);
        for (const QString* text : {&cycle.question, &cycle.prediction, &cycle.planWhat, &cycle.planWho,
                                    &cycle.planWhere, &cycle.planWhen, &cycle.dataPlan, &cycle.doWhatHappened,
                                    &cycle.doProblems, &cycle.doPlanChanges, &cycle.doObservations,
                                    &cycle.studyResult, &cycle.studyLearning, &cycle.nextStep})
            CHECK_FALSE(text->trimmed().isEmpty());
        const auto phase = home.programme.phaseAt(cycle.startDate);
        CHECK((phase == Phase::TestingAndImplementation || phase == Phase::SustainAndSpread));
        CHECK(PdsaValidator::validate(cycle).isEmpty());
    }
    CHECK(withParent >= 5);
    CHECK(decisions.size() == 4); // adopt, adapt, abandon and expand all occur
}

TEST_CASE("incident texts hold no CPR number and no staff name", "[demo][generator][privacy]")
{
    DemoOptions options;
    options.botilbudCount = 3;
    options.incidents = 3000;
    const DemoDataset dataset = DemoGenerator(options).generate();
    for (const auto& home : dataset.botilbud) {
        QStringList names;
        for (const auto& person : home.people) {
            names << person.name;
            names << person.name.section(u' ', -1); // surnames alone too
        }
        for (const auto& incident : home.incidents) {
            for (const QString* text : {&incident.description, &incident.immediateAction, &incident.learning}) {
                CHECK_FALSE(CprDetector::containsCpr(*text));
                for (const QString& name : names)
                    CHECK_FALSE(text->contains(name));
            }
            CHECK(IncidentValidator::validate(incident, QDate(2026, 1, 1)).isEmpty());
        }
    }
}

TEST_CASE("incident taxonomy has realistic frequencies", "[demo][generator]")
{
    const DemoBotilbud& home = defaultDataset().botilbud[0];
    QHash<ErrorType, int> types;
    QHash<ProcessStage, int> stages;
    int doctor = 0;
    for (const auto& incident : home.incidents) {
        ++types[incident.errorType];
        ++stages[incident.stage];
        doctor += incident.requiredDoctorContact;
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        CHECK(it.value() <= types.value(ErrorType::NotGiven)); // the most common type
    CHECK(stages.value(ProcessStage::Administration) + stages.value(ProcessStage::Dispensing)
          > home.incidents.size() / 2);
    CHECK(doctor >= 3);
    CHECK(doctor < home.incidents.size() / 4);
}

TEST_CASE("measurements are valid, with six baseline months first", "[demo][generator]")
{
    const DemoBotilbud& home = defaultDataset().botilbud[0];
    for (const auto& measure : home.measures) {
        CHECK(measure.chartSettings.freezeEnd == QDate(2024, 6, 1));
        CHECK(MeasureValidator::validate(measure).isEmpty());
    }
    int baseline = 0;
    for (const auto& value : home.measurements) {
        CHECK(value.baseline == (value.period <= QDate(2024, 6, 1)));
        baseline += value.baseline;
        REQUIRE(value.denominator.has_value());
        CHECK(value.numerator <= *value.denominator);
        CHECK(MeasureValidator::validate(value, MeasureKind::Proportion, QDate(2026, 1, 1)).isEmpty());
    }
    CHECK(baseline == 4 * 6); // the four typed proportions
    CHECK(home.measurements.size() == 4 * 24);
}

TEST_CASE("scale mode spreads the incidents over the botilbud and months", "[demo][generator][scale]")
{
    DemoOptions options;
    options.botilbudCount = 7;
    options.months = 60;
    options.incidents = 10001;
    const DemoDataset dataset = DemoGenerator(options).generate();
    REQUIRE(dataset.botilbud.size() == 7);
    CHECK(dataset.incidentCount() == 10001);
    QSet<QString> names;
    for (const auto& home : dataset.botilbud) {
        names.insert(home.botilbud.name);
        CHECK(home.programme.startDate == QDate(2021, 1, 1)); // ends December 2025 whatever the length
        CHECK(home.programme.endDate() == QDate(2025, 12, 31));
        CHECK(home.measures.size() == 9);
        CHECK(home.measurements.size() == 4 * 60);
        CHECK(home.incidents.first().occurredDate >= home.programme.startDate);
        CHECK(home.incidents.last().occurredDate <= home.programme.endDate());
        CHECK(home.programme.phaseAt(home.programme.endDate()) == Phase::Evaluation);
    }
    CHECK(names.size() == 7);
}
