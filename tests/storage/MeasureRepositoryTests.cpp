#include "StorageTestSupport.h"
#include "storage/MeasureRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

Measure fullMeasure(BotilbudId botilbud) {
    Measure m;
    m.botilbudId = botilbud;
    m.name = QStringLiteral("Medicinfejl pr. 1.000 beboerdøgn");
    m.kind = MeasureKind::Rate;
    m.type = MeasureType::Balancing;
    m.operationalDefinition = QStringLiteral("Antal fejl / beboerdøgn × 1000");
    m.numeratorDefinition = QStringLiteral("Fejl");
    m.denominatorDefinition = QStringLiteral("Beboerdøgn");
    m.rateMultiplier = 1000;
    m.direction = Direction::LowerIsBetter;
    m.target = 1.5;
    m.defaultChart = ChartType::U;
    m.derivedFromIncidents = true;
    m.incidentFilter.errorType = ErrorType::WrongDose;
    m.incidentFilter.stage = ProcessStage::Dispensing;
    m.incidentFilter.requiredDoctorContactOnly = true;
    m.incidentFilter.reachedCitizenOnly = true;
    m.chartSettings.freezeEnd = QDate(2020, 12, 1);
    m.chartSettings.splitDates = {QDate(2021, 3, 1), QDate(2021, 9, 1)};
    m.chartSettings.exclusions = {{QDate(2021, 7, 1), QStringLiteral("Sommerferie")},
                                  {QDate(2021, 8, 1), QStringLiteral("Ny leverandør")}};
    m.sortOrder = 4;
    m.active = false;
    return m;
}

Measurement value(MeasureId measure, QDate period, double numerator,
                  std::optional<double> denominator = std::nullopt) {
    return Measurement{{}, measure, period, numerator, denominator, false, {}, {}};
}

} // namespace

TEST_CASE("Measure round trip with filter and chart settings", "[repository][measure]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MeasureRepository repo(*db);
    Measure m = fullMeasure(botilbud);
    m.id = repo.add(m).value();
    CHECK(repo.get(m.id).value() == m);

    m.target.reset();
    m.incidentFilter = {};
    m.chartSettings.splitDates.removeFirst();
    m.chartSettings.exclusions.clear();
    m.chartSettings.freezeEnd = {};
    REQUIRE(repo.update(m).ok());
    CHECK(repo.get(m.id).value() == m);

    ChartSettings settings;
    settings.freezeEnd = QDate(2021, 1, 1);
    settings.exclusions = {{QDate(2021, 2, 1), QStringLiteral("Fejlregistrering")}};
    REQUIRE(repo.saveChartSettings(m.id, settings).ok());
    CHECK(repo.get(m.id).value().chartSettings == settings);
    CHECK(repo.forBotilbud(botilbud, true).value().isEmpty());
}

TEST_CASE("Measurement round trip and series in period order", "[repository][measurement]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MeasureRepository repo(*db);
    Measure measure = fullMeasure(botilbud);
    measure.kind = MeasureKind::Proportion;
    measure.derivedFromIncidents = false;
    const auto id = repo.add(measure).value();

    Measurement may{{}, id, QDate(2021, 5, 1), 17, 20.0, true, QStringLiteral("Stikprøve uge 19-22"), {}};
    Measurement march = value(id, QDate(2021, 3, 1), 15, 20.0);
    Measurement april = value(id, QDate(2021, 4, 1), 20, 20.0);
    auto ids = repo.addMeasurements({may, march, april});
    REQUIRE(ids.ok());
    may.id = (*ids)[0];
    march.id = (*ids)[1];
    april.id = (*ids)[2];
    CHECK(repo.series(id).value() == QList<Measurement>{march, april, may});

    april.numerator = 19;
    april.baseline = true;
    REQUIRE(repo.updateMeasurement(april).ok());
    CHECK(repo.series(id).value()[1] == april);
    REQUIRE(repo.removeMeasurement(march.id).ok());
    CHECK(repo.series(id).value().size() == 2);
}

TEST_CASE("Only one value per measure and month", "[repository][measurement]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MeasureRepository repo(*db);
    Measure count;
    count.botilbudId = botilbud;
    count.name = QStringLiteral("Antal medicinfejl");
    const auto id = repo.add(count).value();

    REQUIRE(repo.addMeasurement(value(id, QDate(2021, 1, 1), 3)).ok());
    auto duplicate = repo.addMeasurement(value(id, QDate(2021, 1, 1), 4));
    REQUIRE_FALSE(duplicate.ok());
    CHECK_FALSE(duplicate.error().userMessage.isEmpty());

    // Moving another value onto a taken month is refused too.
    auto feb = value(id, QDate(2021, 2, 1), 1);
    feb.id = repo.addMeasurement(feb).value();
    feb.period = QDate(2021, 1, 1);
    CHECK_FALSE(repo.updateMeasurement(feb).ok());
    CHECK(repo.series(id).value().size() == 2);
}

TEST_CASE("Measurements are validated against their measure's kind", "[repository][measurement]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MeasureRepository repo(*db);
    Measure proportion = fullMeasure(botilbud);
    proportion.kind = MeasureKind::Proportion;
    proportion.derivedFromIncidents = false;
    const auto id = repo.add(proportion).value();
    CHECK_FALSE(repo.addMeasurement(value(id, QDate(2021, 1, 1), 21, 20.0)).ok());
    CHECK_FALSE(repo.addMeasurement(value(id, QDate(2021, 1, 1), 1)).ok());
    CHECK_FALSE(repo.addMeasurement(value(MeasureId{999}, QDate(2021, 1, 1), 1)).ok());
    CHECK(repo.series(id).value().isEmpty());
}

TEST_CASE("Removing a measure removes its measurements", "[repository][measure]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    MeasureRepository repo(*db);
    Measure count;
    count.botilbudId = botilbud;
    count.name = QStringLiteral("Antal");
    const auto id = repo.add(count).value();
    REQUIRE(repo.addMeasurement(value(id, QDate(2021, 1, 1), 3)).ok());
    REQUIRE(repo.remove(id).ok());
    CHECK(repo.series(id).value().isEmpty());
    CHECK_FALSE(repo.get(id).ok());
}
