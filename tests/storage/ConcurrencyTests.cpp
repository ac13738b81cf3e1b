// Two PCs (two connections) editing the same PDSA cycle, incident and measurement month: the
// second save over a version it did not read is refused as a conflict, and nothing the first
// saved is lost (issue 13, item 4). Runs on both engines: a shared SQLite file, and in
// storage_tests_postgres a schema on the scratch server.
#include "StorageTestSupport.h"

#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::storage;
using namespace medsafe::domain;

namespace {

// Two connections to one database, as two staff PCs have.
struct TwoPcs {
    QTemporaryDir dir;
    std::unique_ptr<Database> first;
    std::unique_ptr<Database> second;

    TwoPcs() {
        if (testing::scratchIsServer()) {
            auto address = testing::newScratchSchema();
            REQUIRE(address.ok());
            auto a = Database::openServer(address.value(), OpenMode::CreateOrMigrate);
            REQUIRE(a.ok());
            auto b = Database::openServer(address.value(), OpenMode::OpenExisting);
            REQUIRE(b.ok());
            first = std::move(a.value());
            second = std::move(b.value());
        } else {
            const QString path = dir.filePath(QStringLiteral("shared.db"));
            first = test::fileDb(path);
            auto b = Database::open(path, OpenMode::OpenExisting);
            REQUIRE(b.ok());
            second = std::move(b.value());
        }
    }
};

} // namespace

TEST_CASE("two PCs save the same PDSA cycle: the second is told, and the first's save stays", "[concurrency]") {
    TwoPcs pcs;
    const BotilbudId home = test::addBotilbud(*pcs.first);
    PdsaCycle cycle;
    cycle.botilbudId = home;
    cycle.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    cycle.startDate = QDate(2026, 11, 2);
    auto id = PdsaRepository(*pcs.first).add(cycle);
    REQUIRE(id.ok());

    auto onFirst = PdsaRepository(*pcs.first).get(*id);
    auto onSecond = PdsaRepository(*pcs.second).get(*id);
    REQUIRE(onFirst.ok());
    REQUIRE(onSecond.ok());
    CHECK(onFirst->rowVersion.value == 1);

    onFirst->prediction = QStringLiteral("Kontrollen tager under to minutter pr. æske.");
    REQUIRE(PdsaRepository(*pcs.first).update(*onFirst).ok());

    onSecond->prediction = QStringLiteral("Vi finder flere afvigelser end før.");
    const Status second = PdsaRepository(*pcs.second).update(*onSecond);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().conflict);
    CHECK(PdsaRepository(*pcs.second).get(*id)->prediction == onFirst->prediction); // nothing lost

    // The second PC reads again and saves over it knowingly ("Behold mine").
    auto fresh = PdsaRepository(*pcs.second).get(*id);
    REQUIRE(fresh.ok());
    CHECK(fresh->rowVersion.value == 2);
    onSecond->rowVersion = fresh->rowVersion;
    REQUIRE(PdsaRepository(*pcs.second).update(*onSecond).ok());
    CHECK(PdsaRepository(*pcs.first).get(*id)->prediction == onSecond->prediction);
}

TEST_CASE("two PCs save the same incident: the second is told, and the first's save stays", "[concurrency]") {
    TwoPcs pcs;
    const BotilbudId home = test::addBotilbud(*pcs.first);
    Incident incident;
    incident.botilbudId = home;
    incident.occurredDate = QDate(2026, 11, 20);
    incident.reportedDate = incident.occurredDate;
    incident.description = QStringLiteral("Aftenmedicin ikke givet i lejlighed 3.");
    auto id = IncidentRepository(*pcs.first).add(incident);
    REQUIRE(id.ok());
    auto onFirst = IncidentRepository(*pcs.first).get(*id);
    auto onSecond = IncidentRepository(*pcs.second).get(*id);
    onFirst->learning = QStringLiteral("Alarm på telefonen ved aftenrunden.");
    REQUIRE(IncidentRepository(*pcs.first).update(*onFirst).ok());
    onSecond->learning = QStringLiteral("Tjekliste ved vagtskifte.");
    const Status second = IncidentRepository(*pcs.second).update(*onSecond);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().conflict);
    CHECK(IncidentRepository(*pcs.second).get(*id)->learning == onFirst->learning);
}

TEST_CASE("two PCs type the same measurement month: an update and an add are both told", "[concurrency]") {
    TwoPcs pcs;
    const BotilbudId home = test::addBotilbud(*pcs.first);
    Measure measure;
    measure.botilbudId = home;
    measure.name = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
    measure.kind = MeasureKind::Proportion;
    measure.operationalDefinition = QStringLiteral("Tolv æsker kontrolleres hver mandag.");
    measure.numeratorDefinition = QStringLiteral("Korrekte æsker");
    measure.denominatorDefinition = QStringLiteral("Kontrollerede æsker");
    measure.defaultChart = ChartType::P;
    auto measureId = MeasureRepository(*pcs.first).add(measure);
    INFO((measureId.ok() ? QString() : measureId.error().message).toStdString());
    REQUIRE(measureId.ok());
    Measurement march{{}, *measureId, QDate(2026, 3, 1), 40, 48.0, false, {}, {}};
    auto marchId = MeasureRepository(*pcs.first).addMeasurement(march);
    REQUIRE(marchId.ok());

    const auto onFirst = MeasureRepository(*pcs.first).series(*measureId).value();
    const auto onSecond = MeasureRepository(*pcs.second).series(*measureId).value();
    Measurement mine = onFirst.first();
    mine.numerator = 44;
    REQUIRE(MeasureRepository(*pcs.first).updateMeasurement(mine).ok());
    Measurement theirs = onSecond.first();
    theirs.numerator = 41;
    const Status update = MeasureRepository(*pcs.second).updateMeasurement(theirs);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().conflict);
    CHECK(MeasureRepository(*pcs.second).series(*measureId)->first().numerator == 44);

    // April typed on both PCs before either saved: the second add is a conflict too.
    REQUIRE(MeasureRepository(*pcs.first).addMeasurement({{}, *measureId, QDate(2026, 4, 1), 45, 48.0, false, {}, {}}).ok());
    auto add = MeasureRepository(*pcs.second).addMeasurement({{}, *measureId, QDate(2026, 4, 1), 30, 48.0, false, {}, {}});
    REQUIRE_FALSE(add.ok());
    CHECK(add.error().conflict);
    CHECK(MeasureRepository(*pcs.second).series(*measureId)->size() == 2);
}
