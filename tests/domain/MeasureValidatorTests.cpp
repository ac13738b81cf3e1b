#include "TestValues.h"
#include "domain/MeasureValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("A valid measure passes", "[validation][measure]") {
    CHECK(MeasureValidator::validate(validMeasure()).isEmpty());
}

TEST_CASE("Measure needs a name", "[validation][measure]") {
    auto m = validMeasure();
    m.name.clear();
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("name")));
}

TEST_CASE("Proportions and rates need a denominator definition", "[validation][measure]") {
    auto m = validMeasure(MeasureKind::Rate);
    m.denominatorDefinition.clear();
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("denominatorDefinition")));
    m.kind = MeasureKind::Count;
    CHECK(MeasureValidator::validate(m).isEmpty());
}

TEST_CASE("Rate multiplier must be positive", "[validation][measure]") {
    auto m = validMeasure(MeasureKind::Rate);
    m.rateMultiplier = 0;
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("rateMultiplier")));
}

TEST_CASE("Only counts, rates and days-between can be derived from incidents", "[validation][measure]") {
    auto m = validMeasure(MeasureKind::Proportion);
    m.derivedFromIncidents = true;
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("derivedFromIncidents")));
    m.kind = MeasureKind::DaysBetween;
    CHECK(MeasureValidator::validate(m).isEmpty());
}

TEST_CASE("Excluded periods need a written reason", "[validation][measure]") {
    auto m = validMeasure();
    m.chartSettings.exclusions.append({QDate(2021, 7, 1), QString()});
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("exclusions")));
    m.chartSettings.exclusions[0].reason = QStringLiteral("Sommerferie: ingen stikprøver");
    CHECK(MeasureValidator::validate(m).isEmpty());
}

TEST_CASE("Split dates must increase", "[validation][measure]") {
    auto m = validMeasure();
    m.chartSettings.splitDates = {QDate(2021, 6, 1), QDate(2021, 1, 1)};
    CHECK(hasIssue(MeasureValidator::validate(m), QStringLiteral("splitDates")));
}

TEST_CASE("A valid measurement passes", "[validation][measurement]") {
    CHECK(MeasureValidator::validate(validMeasurement(), MeasureKind::Proportion, kToday).isEmpty());
}

TEST_CASE("Numerator must not be negative", "[validation][measurement]") {
    auto m = validMeasurement();
    m.numerator = -1;
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Value, kToday), QStringLiteral("numerator")));
}

TEST_CASE("Denominator must be above zero when the kind needs one", "[validation][measurement]") {
    auto m = validMeasurement();
    m.denominator = 0.0;
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Proportion, kToday),
                   QStringLiteral("denominator")));
    m.denominator.reset();
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Rate, kToday), QStringLiteral("denominator")));
    CHECK(MeasureValidator::validate(m, MeasureKind::Count, kToday).isEmpty());
}

TEST_CASE("Numerator cannot exceed the denominator of a proportion", "[validation][measurement]") {
    auto m = validMeasurement();
    m.numerator = 21;
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Proportion, kToday),
                   QStringLiteral("numerator")));
    // A rate may exceed its denominator.
    CHECK(MeasureValidator::validate(m, MeasureKind::Rate, kToday).isEmpty());
}

TEST_CASE("Counts must be whole numbers", "[validation][measurement]") {
    auto m = validMeasurement();
    m.numerator = 2.5;
    m.denominator.reset();
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Count, kToday), QStringLiteral("numerator")));
    CHECK(MeasureValidator::validate(m, MeasureKind::Value, kToday).isEmpty());
}

TEST_CASE("No values for future months", "[validation][measurement]") {
    auto m = validMeasurement();
    m.period = QDate(2022, 7, 1);
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Proportion, kToday), QStringLiteral("period")));
    m.period = QDate(2022, 6, 1); // this month is allowed
    CHECK(MeasureValidator::validate(m, MeasureKind::Proportion, kToday).isEmpty());
}

TEST_CASE("A period is the first day of a month", "[validation][measurement]") {
    auto m = validMeasurement();
    m.period = QDate(2022, 5, 2);
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Proportion, kToday), QStringLiteral("period")));
    m.period = {};
    CHECK(hasIssue(MeasureValidator::validate(m, MeasureKind::Proportion, kToday), QStringLiteral("period")));
}

TEST_CASE("A proportion's denominator must be a whole number", "[validation][measurement]") {
    // Denominators such as 'doses given' or 'boxes checked' are counted, so the CLI and package
    // imports refuse 20.5 just as the Målinger grid does.
    auto m = validMeasurement();
    m.denominator = 20.5;
    const auto issues = MeasureValidator::validate(m, MeasureKind::Proportion, kToday);
    REQUIRE(hasIssue(issues, QStringLiteral("denominator")));
    CHECK_FALSE(hasIssue(issues, QStringLiteral("numerator")));
    // A rate's denominator (resident-days, hours) may be a fraction.
    CHECK(MeasureValidator::validate(m, MeasureKind::Rate, kToday).isEmpty());
}

TEST_CASE("Numerator above the denominator names the numerator and both numbers", "[validation][measurement]") {
    auto m = validMeasurement(); // 18 of 20
    m.numerator = 21;
    const auto issues = MeasureValidator::validate(m, MeasureKind::Proportion, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == QStringLiteral("numerator"));
    CHECK(issues.first().message.contains(u"21"));
    CHECK(issues.first().message.contains(u"20"));
}

TEST_CASE("A value typed part by part: a denominator alone asks for the numerator", "[validation][measurement]") {
    auto m = validMeasurement(); // denominator 20
    const auto issues = MeasureValidator::validateTyped(std::nullopt, m, MeasureKind::Proportion, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(MeasureValidator::partOf(issues.first()) == MeasurementPart::Numerator);
    m.denominator.reset();
    CHECK(MeasureValidator::validateTyped(std::nullopt, m, MeasureKind::Proportion, kToday).isEmpty()); // nothing typed
    m.denominator = 20.0;
    CHECK(MeasureValidator::validateTyped(18.0, m, MeasureKind::Proportion, kToday).isEmpty());
    CHECK(MeasureValidator::validateTyped(21.0, m, MeasureKind::Proportion, kToday) ==
          MeasureValidator::validate(Measurement{{}, MeasureId{1}, QDate(2022, 5, 1), 21, 20.0, false, {}, {}},
                                     MeasureKind::Proportion, kToday));
}

TEST_CASE("Issues name the part of the value they are about", "[validation][measurement]") {
    auto m = validMeasurement();
    m.denominator = 20.5;
    m.period = QDate(2022, 7, 1); // future
    const auto issues = MeasureValidator::validate(m, MeasureKind::Proportion, kToday);
    QList<MeasurementPart> parts;
    for (const auto& issue : issues)
        parts << MeasureValidator::partOf(issue);
    CHECK(parts.contains(MeasurementPart::Denominator));
    CHECK(parts.contains(MeasurementPart::Other));
    CHECK_FALSE(parts.contains(MeasurementPart::Numerator));
}

TEST_CASE("Whole numbers only where both numbers are counted", "[validation][measurement]") {
    CHECK(MeasureValidator::wholeNumbersOnly(MeasureKind::Count));
    CHECK(MeasureValidator::wholeNumbersOnly(MeasureKind::DaysBetween));
    CHECK(MeasureValidator::wholeNumbersOnly(MeasureKind::Proportion));
    CHECK_FALSE(MeasureValidator::wholeNumbersOnly(MeasureKind::Rate));
    CHECK_FALSE(MeasureValidator::wholeNumbersOnly(MeasureKind::Value));
    CHECK(MeasureValidator::numberExpected(MeasureKind::Count) != MeasureValidator::numberExpected(MeasureKind::Value));
}
