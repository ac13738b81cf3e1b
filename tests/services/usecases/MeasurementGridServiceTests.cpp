// The Målinger grid's one road to the database: the sheet it shows and the save of its edits,
// all or nothing, with the measurement rules of the domain validator.
#include "../measures/MeasureFixture.h"
#include "domain/PdsaCycle.h"
#include "services/measures/MeasurementGridService.h"
#include "storage/PdsaRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using medsafe::services::MeasurementGridService;
using medsafe::services::test::MeasureFixture;

TEST_CASE("Measurement grid: the sheet holds typed values, computed months and the PDSA cycles", "[grid]") {
    MeasureFixture f;
    domain::PdsaCycle cycle;
    cycle.botilbudId = f.home;
    cycle.number = 1;
    cycle.title = QStringLiteral("Dobbeltkontrol ved dosisæsker");
    cycle.startDate = QDate(2024, 2, 1);
    cycle.measureIds = {f.proportion.id};
    REQUIRE(storage::PdsaRepository(*f.db).add(cycle).ok());

    auto sheet = MeasurementGridService(*f.db).load(f.home, QDate(2024, 5, 10));
    REQUIRE(sheet.ok());
    // From the programme's start month to the month of "today".
    REQUIRE(sheet->months.size() == 5);
    CHECK(sheet->months.first() == QDate(2024, 1, 1));
    CHECK(sheet->months.last() == QDate(2024, 5, 1));
    CHECK(sheet->values.value(f.proportion.id.value).size() == 3);
    // Counted from the incidents: two in January, none in February, two in March.
    const auto counts = sheet->computed.value(f.count.id.value);
    CHECK(counts.value(QDate(2024, 1, 1)) == 2.0);
    CHECK(counts.value(QDate(2024, 2, 1)) == 0.0);
    CHECK(counts.value(QDate(2024, 3, 1)) == 2.0);
    // Days between events have no monthly value.
    CHECK_FALSE(sheet->computed.contains(f.daysBetween.id.value));
    REQUIRE(sheet->cycles.size() == 1);
    CHECK(sheet->cycles.first().title == cycle.title);
}

TEST_CASE("Measurement grid: a save with one value breaking a rule writes nothing", "[grid]") {
    MeasureFixture f;
    MeasurementGridService grid(*f.db);
    auto before = grid.load(f.home, QDate(2024, 6, 1));
    REQUIRE(before.ok());
    const auto stored = before->values.value(f.proportion.id.value);
    REQUIRE(stored.size() == 3);

    domain::MeasurementChanges changes;
    changes.removed << stored.at(1).id;                                                // March cleared
    changes.added << domain::Measurement{{}, f.proportion.id, QDate(2024, 2, 1), 7, 10.0, false, {}, {}};
    changes.added << domain::Measurement{{}, f.proportion.id, QDate(2024, 5, 1), 12, 10.0, false, {}, {}}; // 12 of 10
    const Status saved = grid.save(changes);
    REQUIRE_FALSE(saved.ok());
    CHECK_FALSE(saved.error().display().isEmpty());

    auto after = grid.load(f.home, QDate(2024, 6, 1));
    REQUIRE(after.ok());
    CHECK(after->values.value(f.proportion.id.value) == stored);
}

TEST_CASE("Measurement grid: a fractional denominator of a proportion is refused on every road", "[grid]") {
    MeasureFixture f;
    domain::MeasurementChanges changes;
    changes.added << domain::Measurement{{}, f.proportion.id, QDate(2024, 2, 1), 3, 9.5, false, {}, {}};
    CHECK_FALSE(MeasurementGridService(*f.db).save(changes).ok());
}

TEST_CASE("Measurement grid: a cleared month can be typed again in the same save", "[grid]") {
    MeasureFixture f;
    MeasurementGridService grid(*f.db);
    auto before = grid.load(f.home, QDate(2024, 6, 1));
    REQUIRE(before.ok());
    const auto stored = before->values.value(f.proportion.id.value);
    domain::MeasurementChanges changes;
    changes.removed << stored.at(0).id; // January
    changes.added << domain::Measurement{{}, f.proportion.id, QDate(2024, 1, 1), 6, 10.0, true, {}, {}};
    domain::Measurement april = stored.at(2);
    april.note = QStringLiteral("Ny vikar");
    changes.updated << april;
    REQUIRE(grid.save(changes).ok());

    auto after = grid.load(f.home, QDate(2024, 6, 1));
    REQUIRE(after.ok());
    const auto values = after->values.value(f.proportion.id.value);
    REQUIRE(values.size() == 3);
    CHECK(values.at(0).period == QDate(2024, 1, 1));
    CHECK(values.at(0).numerator == 6.0);
    CHECK(values.at(2).note == QStringLiteral("Ny vikar"));
}

TEST_CASE("Measurement grid: the months run from a year back without a programme or values", "[grid]") {
    const auto months = MeasurementGridService::monthsFor({}, {}, QDate(2025, 3, 17));
    REQUIRE(months.size() == 12);
    CHECK(months.first() == QDate(2024, 4, 1));
    CHECK(months.last() == QDate(2025, 3, 1));
    // An earlier first value pulls the start back.
    CHECK(MeasurementGridService::monthsFor(QDate(2025, 1, 9), QDate(2024, 11, 2), QDate(2025, 3, 1)).first() ==
          QDate(2024, 11, 1));
}

TEST_CASE("Measurement grid: after the programme the months stop at its end, or at a later value", "[grid]") {
    const QDate start(2024, 1, 1);
    const QDate end(2025, 12, 31);
    const QDate today(2026, 12, 6);
    const auto months = MeasurementGridService::monthsFor(start, start, today, end);
    REQUIRE(months.size() == 24);
    CHECK(months.last() == QDate(2025, 12, 1));
    // Measured on after the end: to that month, never past today.
    CHECK(MeasurementGridService::monthsFor(start, start, today, end, QDate(2026, 3, 1)).last() == QDate(2026, 3, 1));
    // While the programme runs: to this month.
    CHECK(MeasurementGridService::monthsFor(start, start, QDate(2025, 6, 6), end).last() == QDate(2025, 6, 1));
}

TEST_CASE("Measurement grid: months another PC saved meanwhile are a conflict, listed, and kept mine on request",
          "[grid][concurrency]") {
    MeasureFixture f;
    MeasurementGridService grid(*f.db);
    auto sheet = grid.load(f.home, QDate(2024, 6, 1));
    REQUIRE(sheet.ok());
    const auto read = sheet->values.value(f.proportion.id.value);
    REQUIRE(read.size() == 3);

    // Meanwhile, on another PC: January corrected, and May typed.
    domain::Measurement theirJanuary = read.at(0);
    theirJanuary.numerator = 9;
    storage::MeasureRepository other(*f.db);
    REQUIRE(other.updateMeasurement(theirJanuary).ok());
    REQUIRE(other.addMeasurement({{}, f.proportion.id, QDate(2024, 5, 1), 4, 10.0, false, {}, {}}).ok());

    // This PC's edits, made on the sheet as it was read.
    domain::MeasurementChanges mine;
    domain::Measurement january = read.at(0);
    january.numerator = 7;
    domain::Measurement march = read.at(1);
    march.numerator = 6;
    mine.updated << january << march;
    mine.added << domain::Measurement{{}, f.proportion.id, QDate(2024, 5, 1), 5, 10.0, false, {}, {}};

    const Status refused = grid.save(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().conflict);
    auto now = storage::MeasureRepository(*f.db).series(f.proportion.id);
    REQUIRE(now.ok());
    CHECK(now->at(1).numerator == read.at(1).numerator); // all or nothing: March not written either

    auto conflicts = grid.conflicts(mine);
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 2); // January and May; March was not touched elsewhere
    CHECK(conflicts->at(0).mine.numerator == 7);
    REQUIRE(conflicts->at(0).theirs.has_value());
    CHECK(conflicts->at(0).theirs->numerator == 9);
    CHECK(conflicts->at(1).mine.period == QDate(2024, 5, 1));
    REQUIRE(conflicts->at(1).theirs.has_value());
    CHECK(conflicts->at(1).theirs->numerator == 4);

    // "Behold mine": the same edits aimed at what is stored now.
    REQUIRE(grid.save(MeasurementGridService::rebased(mine, conflicts.value())).ok());
    now = storage::MeasureRepository(*f.db).series(f.proportion.id);
    REQUIRE(now.ok());
    REQUIRE(now->size() == 4);
    CHECK(now->at(0).numerator == 7);
    CHECK(now->at(1).numerator == 6);
    CHECK(now->at(3).period == QDate(2024, 5, 1));
    CHECK(now->at(3).numerator == 5);
}
