#include "StorageTestSupport.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

TEST_CASE("PDSA cycle round trip with every field", "[repository][pdsa]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto person =
        PersonRepository(*db)
            .add(Person{
                {}, botilbud, QStringLiteral("Tovholder"), PersonRole::Tovholder, true, {}, true, {}, {}})
            .value();
    const auto aim = ImprovementRepository(*db)
                         .addAim(Aim{{}, botilbud, QStringLiteral("Mål"), {}, {}, {}, QDate(2022, 1, 1)})
                         .value();
    const auto idea = ImprovementRepository(*db)
                          .addChangeIdea(ChangeIdea{{}, botilbud, {}, QStringLiteral("Idé"), {}, {}})
                          .value();
    Measure m1;
    m1.botilbudId = botilbud;
    m1.name = QStringLiteral("M1");
    Measure m2 = m1;
    m2.name = QStringLiteral("M2");
    const auto measures = MeasureRepository(*db).addMany({m1, m2}).value();

    PdsaRepository repo(*db);
    PdsaCycle first;
    first.botilbudId = botilbud;
    first.title = QStringLiteral("Første test");
    first.id = repo.add(first).value();

    PdsaCycle c;
    c.botilbudId = botilbud;
    c.number = 2;
    c.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    c.aimId = aim;
    c.changeIdeaId = idea;
    c.measureIds = measures;
    c.status = PdsaStatus::Completed;
    c.startDate = QDate(2021, 1, 4);
    c.endDate = QDate(2021, 1, 18);
    c.responsibleId = person;
    c.parentId = first.id;
    c.question = QStringLiteral("Fanger dobbeltkontrol fejl?");
    c.prediction = QStringLiteral("Ja, mindst én");
    c.planWhat = QStringLiteral("Kontrol af æsker");
    c.planWho = QStringLiteral("Aftenvagt");
    c.planWhere = QStringLiteral("Medicinrum");
    c.planWhen = QStringLiteral("Uge 2");
    c.dataPlan = QStringLiteral("Tælle fundne fejl");
    c.doWhatHappened = QStringLiteral("Gennemført 5 aftener");
    c.doProblems = QStringLiteral("Travlt en aften");
    c.doPlanChanges = QStringLiteral("Flyttet til kl. 19");
    c.doObservations = QStringLiteral("To fejl fundet");
    c.studyResult = QStringLiteral("Som forudsagt");
    c.studyLearning = QStringLiteral("Tidspunktet betyder noget");
    c.decision = ActDecision::Expand;
    c.nextStep = QStringLiteral("Afprøv i hele huset");
    c.id = repo.add(c).value();
    CHECK(repo.get(c.id).value() == c);

    c.decision = ActDecision::Adopt;
    c.measureIds = {measures[1]};
    c.parentId.reset();
    REQUIRE(repo.update(c).ok());
    CHECK(repo.get(c.id).value() == c);
    CHECK(repo.forBotilbud(botilbud).value().size() == 2);
    CHECK(repo.nextNumber(botilbud).value() == 3);

    c.decision.reset(); // completed without a decision is refused
    CHECK_FALSE(repo.update(c).ok());
    REQUIRE(repo.remove(first.id).ok());
    CHECK(repo.forBotilbud(botilbud).value().size() == 1);
}

TEST_CASE("Monthly report round trip and one per month", "[repository][report]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MonthlyReportRepository repo(*db);
    CHECK_FALSE(repo.forMonth(botilbud, QDate(2021, 4, 1)).value().has_value());

    MonthlyReport r;
    r.botilbudId = botilbud;
    r.month = QDate(2021, 4, 1);
    r.status = ReportStatus::FeedbackReceived;
    r.wentWell = QStringLiteral("Godt samarbejde");
    r.barriers = QStringLiteral("Sygdom i personalet");
    r.supportNeeded = QStringLiteral("Hjælp til seriediagram");
    r.planNextMonth = QStringLiteral("Ny PDSA");
    r.selfScore = 4;
    r.consultantFeedback = QStringLiteral("Flot fremdrift");
    r.sentDate = QDate(2021, 5, 3);
    r.feedbackDate = QDate(2021, 5, 12);
    r.id = repo.add(r).value();
    CHECK(repo.get(r.id).value() == r);
    CHECK(repo.forMonth(botilbud, QDate(2021, 4, 1)).value() == r);

    MonthlyReport again;
    again.botilbudId = botilbud;
    again.month = QDate(2021, 4, 1);
    auto duplicate = repo.add(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK_FALSE(duplicate.error().userMessage.isEmpty());

    r.selfScore.reset();
    r.status = ReportStatus::Sent;
    r.feedbackDate = {};
    r.consultantFeedback.clear();
    REQUIRE(repo.update(r).ok());
    CHECK(repo.forBotilbud(botilbud).value() == QList<MonthlyReport>{r});
}
