#include "StorageTestSupport.h"
#include "storage/CompetenceRepository.h"
#include "storage/PersonRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

TEST_CASE("Topics, rounds and answers round trip", "[repository][competence]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto person =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("P"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    CompetenceRepository repo(*db);

    CompetenceTopic builtIn{{}, botilbud, QStringLiteral("delegation"), QStringLiteral("Delegation"), 1};
    CompetenceTopic own{{}, botilbud, QString(), QStringLiteral("Epilepsi og akutmedicin"), 2};
    builtIn.id = repo.addTopic(builtIn).value();
    own.id = repo.addTopic(own).value();
    CHECK(repo.topics(botilbud).value() == QList<CompetenceTopic>{builtIn, own});
    own.name = QStringLiteral("Epilepsi");
    REQUIRE(repo.updateTopic(own).ok());
    CHECK(repo.topics(botilbud).value()[1] == own);

    SurveyRound round{{}, botilbud, QStringLiteral("Start"), QDate(2020, 4, 1)};
    round.id = repo.addRound(round).value();
    CHECK(repo.rounds(botilbud).value() == QList<SurveyRound>{round});
    round.name = QStringLiteral("Opstart");
    REQUIRE(repo.updateRound(round).ok());
    CHECK(repo.rounds(botilbud).value() == QList<SurveyRound>{round});

    CompetenceAnswer a{round.id, person, builtIn.id, 2, true};
    CompetenceAnswer b{round.id, person, own.id, 4, false};
    REQUIRE(repo.saveAnswers({a, b}).ok());
    CHECK(repo.answers(round.id).value() == QList<CompetenceAnswer>{a, b});
    a.level = 3;
    a.trainingNeed = false;
    REQUIRE(repo.saveAnswer(a).ok()); // replaces, never duplicates
    CHECK(repo.answers(round.id).value() == QList<CompetenceAnswer>{a, b});
    CHECK_FALSE(repo.saveAnswer(CompetenceAnswer{round.id, person, own.id, 7, false}).ok());

    REQUIRE(repo.removeTopic(own.id).ok());
    CHECK(repo.answers(round.id).value() == QList<CompetenceAnswer>{a});
    REQUIRE(repo.removeRound(round.id).ok());
    CHECK(repo.answers(round.id).value().isEmpty());
}

TEST_CASE("Training records round trip and refreshers due", "[repository][competence]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto person =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("P"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    CompetenceRepository repo(*db);

    TrainingRecord pharmacy{{},
                            person,
                            QStringLiteral("Medicinhåndtering"),
                            TrainingProvider::Pharmacy,
                            QDate(2020, 5, 1),
                            QDate(2022, 5, 1),
                            QStringLiteral("Apoteket Trøjborg")};
    TrainingRecord internal{
        {}, person, QStringLiteral("Delegation"), TrainingProvider::Internal, QDate(2020, 6, 1), {}, {}};
    auto ids = repo.addTrainings({pharmacy, internal});
    REQUIRE(ids.ok());
    pharmacy.id = (*ids)[0];
    internal.id = (*ids)[1];
    CHECK(repo.trainingFor(person).value() == QList<TrainingRecord>{pharmacy, internal});
    CHECK(repo.trainingForBotilbud(botilbud).value().size() == 2);
    CHECK(repo.refreshersDue(botilbud, QDate(2022, 4, 30)).value().isEmpty());
    CHECK(repo.refreshersDue(botilbud, QDate(2022, 5, 1)).value() == QList<TrainingRecord>{pharmacy});

    internal.provider = TrainingProvider::PatientSafety;
    internal.refresherDue = QDate(2021, 6, 1);
    REQUIRE(repo.updateTraining(internal).ok());
    CHECK(repo.refreshersDue(botilbud, QDate(2022, 5, 1)).value() ==
          QList<TrainingRecord>{internal, pharmacy});
    REQUIRE(repo.removeTraining(pharmacy.id).ok());
    CHECK(repo.trainingFor(person).value() == QList<TrainingRecord>{internal});
}
