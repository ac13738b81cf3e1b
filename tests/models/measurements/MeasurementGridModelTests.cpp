#include <catch2/catch.hpp>

#include "models/measurements/MeasurementGridModel.h"

#include <QAbstractItemModelTester>

using namespace medsafe;
using models::MeasurementGridModel;

namespace {

models::MeasurementGridSnapshot snapshot() {
    models::MeasurementGridSnapshot s;
    domain::Measure proportion;
    proportion.id = domain::MeasureId{1};
    proportion.name = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
    proportion.kind = domain::MeasureKind::Proportion;
    domain::Measure count;
    count.id = domain::MeasureId{2};
    count.name = QStringLiteral("Antal medicinfejl");
    count.kind = domain::MeasureKind::Count;
    count.derivedFromIncidents = true;
    domain::Measure value;
    value.id = domain::MeasureId{3};
    value.name = QStringLiteral("Tjek");
    value.kind = domain::MeasureKind::Count;
    s.measures = {proportion, count, value};
    for (int m = 1; m <= 6; ++m) s.months << QDate(2024, m, 1);
    s.values.insert(1, {domain::Measurement{domain::MeasurementId{10}, proportion.id, QDate(2024, 1, 1), 40, 48, true, {}, {}}});
    s.computed.insert(2, {{QDate(2024, 1, 1), 3.0}});
    s.today = QDate(2024, 5, 15);
    return s;
}

} // namespace

TEST_CASE("measurement grid: columns per measure kind, tester passes", "[models][measurements]") {
    MeasurementGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot());
    REQUIRE(model.rowCount() == 6);
    REQUIRE(model.columnCount() == 5); // baseline, tæller, nævner, value, then the computed one
    CHECK(model.partAt(1) == MeasurementGridModel::Part::Numerator);
    CHECK(model.partAt(2) == MeasurementGridModel::Part::Denominator);
    CHECK(model.partAt(3) == MeasurementGridModel::Part::Value);
    CHECK(model.partAt(4) == MeasurementGridModel::Part::Computed);
    CHECK(model.headerData(1, Qt::Horizontal, MeasurementGridModel::GroupRole).toString().startsWith(u"Andel"));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("40"));
    CHECK(model.data(model.index(0, 0), Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.data(model.index(0, 4)).toString() == QStringLiteral("3"));
    CHECK(model.data(model.index(0, 4), MeasurementGridModel::ComputedRole).toBool());
    CHECK_FALSE(model.flags(model.index(0, 4)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, 4), QStringLiteral("5")));
    CHECK_FALSE(model.hasChanges());
}

TEST_CASE("measurement grid: numerator above denominator is an issue, not a change to save", "[models][measurements]") {
    MeasurementGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot());
    REQUIRE(model.setData(model.index(1, 2), QStringLiteral("10")));
    REQUIRE(model.setData(model.index(1, 1), QStringLiteral("12")));
    const auto issues = model.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().row == 1);
    CHECK(issues.first().column == 1);
    CHECK(issues.first().message.contains(u"12"));
    CHECK(issues.first().message.contains(u"10"));
    REQUIRE(model.setData(model.index(1, 1), QStringLiteral("9")));
    CHECK(model.issues().isEmpty());
    const auto changes = model.changes();
    REQUIRE(changes.added.size() == 1);
    CHECK(changes.added.first().numerator == 9);
    CHECK(changes.added.first().denominator == 10);
    CHECK(changes.added.first().period == QDate(2024, 2, 1));
}

TEST_CASE("measurement grid: bad text, fractions of counts, future months", "[models][measurements]") {
    MeasurementGridModel model;
    model.setSnapshot(snapshot());
    REQUIRE(model.setData(model.index(1, 3), QStringLiteral("abc")));
    CHECK(model.data(model.index(1, 3)).toString() == QStringLiteral("abc"));
    CHECK_FALSE(model.data(model.index(1, 3), MeasurementGridModel::IssueRole).toString().isEmpty());
    REQUIRE(model.setData(model.index(1, 3), QStringLiteral("2,5")));
    CHECK_FALSE(model.data(model.index(1, 3), MeasurementGridModel::IssueRole).toString().isEmpty());
    REQUIRE(model.setData(model.index(5, 3), QStringLiteral("2"))); // June, today is May
    CHECK_FALSE(model.data(model.index(5, 3), MeasurementGridModel::IssueRole).toString().isEmpty());
    REQUIRE(model.setData(model.index(1, 3), QString()));
    REQUIRE(model.setData(model.index(5, 3), QString()));
    CHECK(model.issues().isEmpty());
    CHECK_FALSE(model.hasChanges());
}

TEST_CASE("measurement grid: baseline marks, clearing and discarding", "[models][measurements]") {
    MeasurementGridModel model;
    model.setSnapshot(snapshot());
    REQUIRE(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    auto changes = model.changes();
    REQUIRE(changes.updated.size() == 1);
    CHECK_FALSE(changes.updated.first().baseline);
    REQUIRE(model.setData(model.index(0, 1), QString()));
    REQUIRE(model.setData(model.index(0, 2), QString()));
    changes = model.changes();
    REQUIRE(changes.removed.size() == 1);
    CHECK(changes.removed.first().value == 10);
    model.discard();
    CHECK_FALSE(model.hasChanges());
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("40"));
}

TEST_CASE("measurement grid: a proportion's fractional denominator is marked in the denominator cell", "[models][measurements]") {
    MeasurementGridModel model;
    model.setSnapshot(snapshot());
    REQUIRE(model.setData(model.index(1, 1), QStringLiteral("9")));
    REQUIRE(model.setData(model.index(1, 2), QStringLiteral("10.5")));
    const auto issues = model.issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().row == 1);
    CHECK(issues.first().column == 2);
    CHECK(model.data(model.index(1, 1), MeasurementGridModel::IssueRole).toString().isEmpty());
    CHECK(model.data(model.index(1, 2), Qt::ToolTipRole).toString() == issues.first().message);
    REQUIRE(model.setData(model.index(1, 2), QStringLiteral("10")));
    CHECK(model.issues().isEmpty());
}

TEST_CASE("measurement grid: numerator above denominator in a future month names the numbers", "[models][measurements]") {
    MeasurementGridModel model;
    model.setSnapshot(snapshot());
    REQUIRE(model.setData(model.index(5, 2), QStringLiteral("10"))); // June, today is May
    REQUIRE(model.setData(model.index(5, 1), QStringLiteral("12")));
    const QString numerator = model.data(model.index(5, 1), MeasurementGridModel::IssueRole).toString();
    CHECK(numerator.contains(u"12"));
    CHECK(numerator.contains(u"10"));
    CHECK(model.data(model.index(5, 2), MeasurementGridModel::IssueRole).toString().isEmpty());
}
