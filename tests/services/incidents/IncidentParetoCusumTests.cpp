// Pareto bars by any incident field, and the serious incidents as a Bernoulli CUSUM (issue 17):
// the services build the engine's input from incidents; the engine itself is held to qicharts2
// by the analysis reference cases, so these tests hold the translation from incidents to cases.
#include "analysis/BernoulliCusum.h"
#include "services/incidents/IncidentPareto.h"
#include "services/incidents/SeriousIncidentCusum.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

Incident incident(const QDate& date, ActualConsequence actual = ActualConsequence::NoneOrUnknown,
                  PossibleConsequence possible = PossibleConsequence::None) {
    Incident i;
    i.botilbudId = BotilbudId{1};
    i.occurredDate = date;
    i.actualConsequence = actual;
    i.possibleConsequence = possible;
    i.description = QStringLiteral("x");
    return i;
}

Incident serious(const QDate& date) {
    return incident(date, ActualConsequence::Severe);
}

void checkParetoShape(const QList<ParetoBar>& bars, int total) {
    int sum = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        sum += bars[i].count;
        CHECK(bars[i].cumulativePercent == Approx(100.0 * sum / total));
        if (i > 0 && !bars[i].label.isEmpty() && bars[i].code != QString() && bars[i - 1].code != QString())
            CHECK(bars[i - 1].count >= bars[i].count);
    }
    CHECK(sum == total);
}

} // namespace

TEST_CASE("Pareto by every field: every incident in one bar, largest first, the line ends at 100 %",
          "[pareto]") {
    QList<Incident> incidents;
    for (int k = 0; k < 40; ++k) {
        Incident i = incident(QDate(2025, 3, 1).addDays(k * 3), ActualConsequence(k % 4), PossibleConsequence(k % 3));
        i.stage = ProcessStage(k % 5);
        i.errorType = ErrorType(k % 7);
        i.reachedCitizen = k % 3 == 0;
        i.requiredDoctorContact = k % 5 == 0;
        if (k % 4 != 0) i.nccMerp = NccMerpCategory(k % 9);
        if (k % 2 == 0) i.occurredTime = QTime((k * 5) % 24, 30);
        incidents << i;
    }
    for (IncidentField field : IncidentPareto::fields()) {
        INFO(IncidentPareto::fieldKey(field).toStdString());
        CHECK(IncidentPareto::fieldFromKey(IncidentPareto::fieldKey(field)) == field);
        CHECK_FALSE(IncidentPareto::fieldLabel(field).isEmpty());
        const auto bars = IncidentPareto::of(incidents, field);
        REQUIRE_FALSE(bars.isEmpty());
        checkParetoShape(bars, int(incidents.size()));
        CHECK(bars.last().cumulativePercent == Approx(100.0));
    }
    CHECK_FALSE(IncidentPareto::fieldFromKey(QStringLiteral("cpr")).has_value());
    CHECK(IncidentPareto::of({}, IncidentField::Stage).isEmpty());
}

TEST_CASE("Pareto: an unset value is its own bar, and equal counts follow their labels (unset last)", "[pareto]") {
    QList<Incident> incidents;
    for (int k = 0; k < 6; ++k) incidents << incident(QDate(2025, 1, 6).addDays(k)); // Monday..Saturday
    incidents[0].nccMerp = NccMerpCategory::C;
    incidents[1].nccMerp = NccMerpCategory::C;
    incidents[2].nccMerp = NccMerpCategory::A;
    const auto ncc = IncidentPareto::of(incidents, IncidentField::NccMerp);
    // Not stated is a bar like the others, sorted by its count as qicharts2 sorts NA: that most
    // incidents lack a category is worth seeing first.
    REQUIRE(ncc.size() == 3);
    CHECK(ncc[0].code.isEmpty());
    CHECK(ncc[0].count == 3);
    CHECK(ncc[1].code == QStringLiteral("C"));
    CHECK(ncc[1].count == 2);
    CHECK(ncc[2].code == QStringLiteral("A"));

    // Six weekdays, one each: the tie keeps the week's order, Monday first.
    const auto days = IncidentPareto::of(incidents, IncidentField::Weekday);
    REQUIRE(days.size() == 6);
    for (int d = 0; d < 6; ++d) CHECK(days[d].code == QString::number(d + 1));

    // Shifts by the clock; an unknown time is not guessed.
    incidents[0].occurredTime = QTime(7, 0);
    incidents[1].occurredTime = QTime(14, 59);
    incidents[2].occurredTime = QTime(15, 0);
    incidents[3].occurredTime = QTime(23, 0);
    incidents[4].occurredTime = QTime(6, 59);
    const auto shifts = IncidentPareto::of(incidents, IncidentField::Shift);
    REQUIRE(shifts.size() == 4);
    CHECK(shifts[0].label == IncidentPareto::shiftLabel(QTime(10, 0)));
    CHECK(shifts[0].count == 2);
    CHECK(shifts[1].count == 2);
    CHECK(shifts[1].label == IncidentPareto::shiftLabel(QTime(2, 0)));
    CHECK(shifts[2].label == IncidentPareto::shiftLabel(QTime(20, 0)));
    CHECK(shifts[3].count == 1); // the one without a time: tied with the evening, after it
    CHECK(shifts[3].code.isEmpty());
}

TEST_CASE("Serious is DPSD's overall category from a serious patient-safety risk up", "[cusum]") {
    CHECK_FALSE(SeriousIncidentCusum::isSerious(incident(QDate(2025, 1, 1))));
    CHECK_FALSE(SeriousIncidentCusum::isSerious(incident(QDate(2025, 1, 1), ActualConsequence::Mild)));
    CHECK(SeriousIncidentCusum::isSerious(
        incident(QDate(2025, 1, 1), ActualConsequence::NoneOrUnknown, PossibleConsequence::SevereOrFatal)));
    CHECK(SeriousIncidentCusum::isSerious(incident(QDate(2025, 1, 1), ActualConsequence::Severe)));
    CHECK(SeriousIncidentCusum::isSerious(incident(QDate(2025, 1, 1), ActualConsequence::Fatal)));
}

TEST_CASE("The CUSUM reads incidents in time order, one case each, against the baseline share", "[cusum]") {
    // 40 incidents, given newest first; every fifth (counted in time order) serious.
    QList<Incident> incidents;
    for (int k = 39; k >= 0; --k) {
        const QDate date = QDate(2025, 1, 1).addDays(k * 7);
        incidents << (k % 5 == 4 ? serious(date) : incident(date));
    }
    std::vector<int> expected;
    for (int k = 0; k < 40; ++k) expected.push_back(k % 5 == 4 ? 1 : 0);

    SECTION("phase 1 with enough cases sets the expected share") {
        const auto outcome = SeriousIncidentCusum::analyze(incidents, QDate(2025, 1, 1).addDays(14 * 7));
        REQUIRE(std::holds_alternative<SeriousIncidentCusum>(outcome));
        const auto& cusum = std::get<SeriousIncidentCusum>(outcome);
        CHECK(cusum.baseline == SeriousIncidentCusum::Baseline::Phase1);
        CHECK(cusum.baselineCases == 15);
        CHECK(cusum.seriousCases == 8);
        CHECK(cusum.dates.first() == QDate(2025, 1, 1));
        analysis::BernoulliCusumInput input;
        input.outcomes = expected;
        input.baselineCases = 15;
        const auto reference = std::get<analysis::BernoulliCusumResult>(analysis::BernoulliCusum::analyze(input));
        REQUIRE(cusum.result.points.size() == reference.points.size());
        CHECK(cusum.result.p0 == Approx(3.0 / 15));
        for (std::size_t i = 0; i < reference.points.size(); ++i) {
            CHECK(cusum.result.points[i].outcome == expected[i]);
            CHECK(cusum.result.points[i].cusum1 == reference.points[i].cusum1);
            CHECK(cusum.result.points[i].cusum2 == reference.points[i].cusum2);
        }
        CHECK(cusum.baselineSentence().contains(QStringLiteral("15")));
    }
    SECTION("a phase 1 with too few cases gives way to the first 30") {
        const auto outcome = SeriousIncidentCusum::analyze(incidents, QDate(2025, 1, 20));
        REQUIRE(std::holds_alternative<SeriousIncidentCusum>(outcome));
        const auto& cusum = std::get<SeriousIncidentCusum>(outcome);
        CHECK(cusum.baseline == SeriousIncidentCusum::Baseline::FirstCases);
        CHECK(cusum.baselineCases == SeriousIncidentCusum::kFirstCases);
        CHECK(cusum.result.p0 == Approx(6.0 / 30));
    }
    SECTION("too few incidents for a baseline of their own: all of them") {
        const auto outcome = SeriousIncidentCusum::analyze(incidents.mid(20), std::nullopt);
        REQUIRE(std::holds_alternative<SeriousIncidentCusum>(outcome));
        const auto& cusum = std::get<SeriousIncidentCusum>(outcome);
        CHECK(cusum.baseline == SeriousIncidentCusum::Baseline::AllCases);
        CHECK(cusum.baselineCases == 20);
        CHECK(cusum.result.p0 == Approx(4.0 / 20));
    }
}

TEST_CASE("The CUSUM says why it cannot be drawn: no incidents, none serious, all serious", "[cusum]") {
    CHECK(std::holds_alternative<QString>(SeriousIncidentCusum::analyze({}, std::nullopt)));
    const QList<Incident> mild{incident(QDate(2025, 1, 1)), incident(QDate(2025, 2, 1))};
    const auto none = SeriousIncidentCusum::analyze(mild, std::nullopt);
    REQUIRE(std::holds_alternative<QString>(none));
    CHECK(std::get<QString>(none).contains(QStringLiteral("2")));
    const QList<Incident> all{serious(QDate(2025, 1, 1)), serious(QDate(2025, 2, 1))};
    CHECK(std::holds_alternative<QString>(SeriousIncidentCusum::analyze(all, std::nullopt)));
}
