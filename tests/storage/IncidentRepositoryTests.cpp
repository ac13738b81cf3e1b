#include "StorageTestSupport.h"
#include "storage/IncidentRepository.h"
#include "storage/PersonRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

Incident incidentOn(BotilbudId botilbud, QDate date, ErrorType type = ErrorType::NotGiven,
                    bool doctor = false) {
    Incident i;
    i.botilbudId = botilbud;
    i.occurredDate = date;
    i.errorType = type;
    i.requiredDoctorContact = doctor;
    i.description = QStringLiteral("Hændelse");
    return i;
}

} // namespace

TEST_CASE("Incident round trip with every field", "[repository][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto reporter =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("R"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    IncidentRepository repo(*db);

    Incident i;
    i.botilbudId = botilbud;
    i.occurredDate = QDate(2021, 3, 4);
    i.occurredTime = QTime(21, 45);
    i.reportedDate = QDate(2021, 3, 5);
    i.stage = ProcessStage::Transition;
    i.errorType = ErrorType::PatchNotChanged;
    i.actualConsequence = ActualConsequence::Mild;
    i.possibleConsequence = PossibleConsequence::SevereOrFatal;
    i.reachedCitizen = true;
    i.requiredDoctorContact = true;
    i.nccMerp = NccMerpCategory::E;
    i.description = QStringLiteral("Smerteplaster ikke skiftet efter hjemkomst fra hospital");
    i.immediateAction = QStringLiteral("Læge kontaktet");
    i.learning = QStringLiteral("Tjekliste ved udskrivelse");
    i.status = IncidentStatus::Analysed;
    i.reporterId = reporter;
    i.id = repo.add(i).value();
    CHECK(repo.get(i.id).value() == i);

    i.occurredTime = {};
    i.reportedDate = {};
    i.nccMerp.reset();
    i.reporterId.reset();
    i.status = IncidentStatus::Closed;
    REQUIRE(repo.update(i).ok());
    CHECK(repo.get(i.id).value() == i);
    CHECK(repo.count(botilbud).value() == 1);
    REQUIRE(repo.remove(i.id).ok());
    CHECK(repo.count(botilbud).value() == 0);
}

TEST_CASE("Deleting the reporter keeps the incident without a reporter", "[repository][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto reporter =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("R"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    auto incident = incidentOn(botilbud, QDate(2021, 1, 1));
    incident.reporterId = reporter;
    const auto id = IncidentRepository(*db).add(incident).value();
    REQUIRE(PersonRepository(*db).remove(reporter).ok());
    CHECK_FALSE(IncidentRepository(*db).get(id).value().reporterId.has_value());
}

TEST_CASE("Incidents are listed newest first within a date range", "[repository][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    IncidentRepository repo(*db);
    REQUIRE(repo.addMany({incidentOn(botilbud, QDate(2021, 1, 10)), incidentOn(botilbud, QDate(2021, 3, 2)),
                          incidentOn(botilbud, QDate(2021, 2, 5))})
                .ok());
    const auto all = repo.forBotilbud(botilbud).value();
    REQUIRE(all.size() == 3);
    CHECK(all[0].occurredDate == QDate(2021, 3, 2));
    CHECK(all[2].occurredDate == QDate(2021, 1, 10));
    CHECK(repo.forBotilbud(botilbud, QDate(2021, 2, 1), QDate(2021, 2, 28)).value().size() == 1);
}

TEST_CASE("Month counts include empty months and follow the filter", "[repository][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto other = addBotilbud(*db, QStringLiteral("Andet sted"));
    IncidentRepository repo(*db);
    REQUIRE(repo.addMany({
                             incidentOn(botilbud, QDate(2021, 1, 1)),
                             incidentOn(botilbud, QDate(2021, 1, 31), ErrorType::WrongDose, true),
                             incidentOn(botilbud, QDate(2021, 3, 15), ErrorType::WrongDose),
                             incidentOn(botilbud, QDate(2021, 4, 1)),
                             incidentOn(other, QDate(2021, 1, 5)),
                         })
                .ok());

    const auto all = repo.monthCounts(botilbud, {}, QDate(2020, 12, 1), QDate(2021, 3, 1)).value();
    CHECK(all == QList<MonthCount>{{QDate(2020, 12, 1), 0},
                                   {QDate(2021, 1, 1), 2},
                                   {QDate(2021, 2, 1), 0},
                                   {QDate(2021, 3, 1), 1}});

    IncidentFilter notGiven;
    notGiven.errorType = ErrorType::NotGiven;
    const auto ng = repo.monthCounts(botilbud, notGiven, QDate(2021, 1, 1), QDate(2021, 4, 1)).value();
    CHECK(ng == QList<MonthCount>{{QDate(2021, 1, 1), 1},
                                  {QDate(2021, 2, 1), 0},
                                  {QDate(2021, 3, 1), 0},
                                  {QDate(2021, 4, 1), 1}});

    IncidentFilter doctor;
    doctor.requiredDoctorContactOnly = true;
    CHECK(repo.eventDates(botilbud, doctor).value() == QList<QDate>{QDate(2021, 1, 31)});
    CHECK(repo.eventDates(botilbud, {}).value() ==
          QList<QDate>{QDate(2021, 1, 1), QDate(2021, 1, 31), QDate(2021, 3, 15), QDate(2021, 4, 1)});
    CHECK(repo.eventDates(botilbud, {}, QDate(2021, 2, 1), QDate(2021, 3, 31)).value() ==
          QList<QDate>{QDate(2021, 3, 15)});
}

TEST_CASE("100,000 incidents are written in one fast batch", "[repository][incident][bulk]") {
    QTemporaryDir dir;
    auto db = fileDb(dir.filePath(QStringLiteral("bulk.medsafe")));
    const auto botilbud = addBotilbud(*db);
    QList<Incident> incidents;
    incidents.reserve(100000);
    const auto types = allValues<ErrorType>();
    for (int i = 0; i < 100000; ++i) {
        auto incident =
            incidentOn(botilbud, QDate(2015, 1, 1).addDays(i % 2500), types[i % types.size()], i % 7 == 0);
        incident.occurredTime = QTime(i % 24, i % 60);
        incidents << incident;
    }
    QElapsedTimer timer;
    timer.start();
    auto ids = IncidentRepository(*db).addMany(incidents);
    const qint64 writeMs = timer.elapsed();
    REQUIRE(ids.ok());
    CHECK(ids->size() == 100000);

    timer.restart();
    const auto counts =
        IncidentRepository(*db).monthCounts(botilbud, {}, QDate(2015, 1, 1), QDate(2021, 12, 1)).value();
    const qint64 countMs = timer.elapsed();
    qint64 total = 0;
    for (const auto& c : counts)
        total += c.count;
    CHECK(total == 100000);
    WARN("addMany(100000): " << writeMs << " ms; monthCounts: " << countMs << " ms");
    // Generous bound for a shared, loaded build machine; typical is a few seconds.
    CHECK(writeMs < 30000);
}
