// Saving an incident has one road: IncidentService checks it by the domain's rules (the CPR
// guard included) and refuses it whole; names of staff are only found, for the form to ask.
#include "../measures/MeasureFixture.h"
#include "services/incidents/IncidentService.h"
#include "storage/IncidentRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using medsafe::services::IncidentService;
using medsafe::services::test::MeasureFixture;

namespace {

domain::Incident incidentOf(domain::BotilbudId home, const QString& description) {
    domain::Incident i;
    i.botilbudId = home;
    i.occurredDate = QDate(2024, 5, 2);
    i.reportedDate = QDate(2024, 5, 2);
    i.stage = domain::ProcessStage::Administration;
    i.errorType = domain::ErrorType::WrongTime;
    i.description = description;
    return i;
}

} // namespace

TEST_CASE("IncidentService: a new incident is added, a stored one replaced", "[incidents]") {
    MeasureFixture f;
    IncidentService service(*f.db);
    const qint64 before = *storage::IncidentRepository(*f.db).count(f.home);
    auto saved = service.save(incidentOf(f.home, QStringLiteral("Aftenmedicin givet en time for sent.")));
    REQUIRE(saved.ok());
    const auto id = saved->id;
    CHECK(*storage::IncidentRepository(*f.db).count(f.home) == before + 1);

    auto stored = storage::IncidentRepository(*f.db).get(id);
    REQUIRE(stored.ok());
    domain::Incident changed = *stored;
    changed.learning = QStringLiteral("Alarm på telefonen ved aftenrunden.");
    auto again = service.save(changed);
    REQUIRE(again.ok());
    CHECK(again->id == id);
    CHECK(again->rowVersion.value == stored->rowVersion.value + 1);
    CHECK(*storage::IncidentRepository(*f.db).count(f.home) == before + 1);
    CHECK(storage::IncidentRepository(*f.db).get(id)->learning == changed.learning);

    REQUIRE(service.remove(id).ok());
    CHECK(*storage::IncidentRepository(*f.db).count(f.home) == before);
}

TEST_CASE("IncidentService: a CPR number in the text is refused and nothing is written", "[incidents]") {
    MeasureFixture f;
    IncidentService service(*f.db);
    const qint64 before = *storage::IncidentRepository(*f.db).count(f.home);
    const domain::Incident bad = incidentOf(f.home, QStringLiteral("Beboer 010190-1234 fik forkert dosis."));
    CHECK_FALSE(IncidentService::check(bad).isEmpty());
    auto refused = service.save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().userMessage.isEmpty());
    CHECK(*storage::IncidentRepository(*f.db).count(f.home) == before);
}

TEST_CASE("IncidentService: names of staff in any text field are found once each", "[incidents]") {
    domain::Person anna;
    anna.name = QStringLiteral("Anna Holm");
    domain::Person bo;
    bo.name = QStringLiteral("Bo Nielsen");
    domain::Incident i = incidentOf(domain::BotilbudId{1}, QStringLiteral("Anna opdagede fejlen."));
    i.learning = QStringLiteral("Anna og kollegaen talte om det.");
    const QStringList names = IncidentService::staffNamesIn(i, {anna, bo});
    REQUIRE(names.size() == 1);
    CHECK(names.first() == QStringLiteral("Anna Holm"));
}

TEST_CASE("IncidentService: error dates stop at the given day", "[incidents]") {
    MeasureFixture f;
    auto dates = IncidentService(*f.db).errorDates(f.home, QDate(2024, 3, 9));
    REQUIRE(dates.ok());
    // 20 Dec 2023, 5 and 20 Jan 2024; the two on 10 March and the one in 2025 come later.
    REQUIRE(dates->size() == 3);
    CHECK(dates->last() == QDate(2024, 1, 20));
}

TEST_CASE("IncidentService: a botilbud's CSV read back in finds every row already registered", "[incidents]") {
    MeasureFixture f;
    IncidentService service(*f.db);
    auto home = storage::BotilbudRepository(*f.db).get(f.home);
    REQUIRE(home.ok());
    int rows = 0;
    auto csv = service.exportCsv(*home, services::CsvDialect::danishExcel(), &rows);
    REQUIRE(csv.ok());
    CHECK(rows == 6);

    auto preview = services::IncidentImport::parse(*csv, f.home, QDate(2026, 1, 1));
    REQUIRE_FALSE(preview.hasErrors());
    REQUIRE(service.markDuplicates(f.home, preview).ok());
    CHECK(preview.duplicateCount() == 6);
    auto summary = service.importRows(f.home, preview);
    REQUIRE(summary.ok());
    CHECK(summary->imported == 0);
    CHECK(summary->skippedDuplicates == 6);
    CHECK(*storage::IncidentRepository(*f.db).count(f.home) == 6);
}
