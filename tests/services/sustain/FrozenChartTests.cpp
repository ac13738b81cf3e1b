// Frozen control limits after adoption, and the slip-back reading, on hand-made series whose
// answer is known, and on qicharts2's own freeze cases (the numbers come from the files, not
// from this code's output).
#include "services/sustain/ChangeAdoption.h"
#include "services/sustain/FrozenChart.h"
#include "services/sustain/SlipBack.h"
#include "services/sustain/SustainedChanges.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;

namespace {

const QDate kFirstMonth(2025, 1, 1);

Measure valueMeasure(Direction direction) {
    Measure m;
    m.id = MeasureId{7};
    m.botilbudId = BotilbudId{1};
    m.name = QStringLiteral("Minutter pr. dispensering");
    m.kind = MeasureKind::Value;
    m.direction = direction;
    return m;
}

// Monthly values from kFirstMonth on.
MeasureSeries monthly(const QList<double>& values) {
    MeasureSeries s;
    s.measureId = MeasureId{7};
    s.kind = MeasureKind::Value;
    for (int i = 0; i < values.size(); ++i) {
        MeasurePoint p;
        p.date = kFirstMonth.addMonths(i);
        p.numerator = values[i];
        s.points << p;
    }
    return s;
}

// Three months before adoption (ignored), then the stable baseline 10, 11, 9 ... (centre
// line 10, limits 10 ± 3.63), then `after`.
MeasureSeries adoptedSeries(const QList<double>& after) {
    QList<double> values{20, 21, 19};
    for (int i = 0; i < 4; ++i)
        values << 10 << 11 << 9;
    values << after;
    return monthly(values);
}

const QDate kAdopted = kFirstMonth.addMonths(3).addDays(9); // 10 April 2025

bool near(std::optional<double> ours, const QJsonValue& theirs) {
    if (theirs.isNull()) return !ours.has_value();
    if (!ours) return false;
    const double expected = theirs.toDouble();
    return std::abs(*ours - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QJsonObject oracleCase(const char* name) {
    QFile file(QStringLiteral(MEDSAFE_SUSTAIN_ORACLE_DIR "/%1.json").arg(QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Runs a qicharts2 freeze case through FrozenChart (adopted in its first month) and compares
// every point with the file.
void compareWithOracle(const char* name, MeasureKind kind) {
    const QJsonObject json = oracleCase(name);
    const QJsonObject inputs = json[QStringLiteral("inputs")].toObject();
    const QJsonArray y = inputs[QStringLiteral("y")].toArray();
    const QJsonArray n = inputs[QStringLiteral("n")].toArray();
    const int freeze = inputs[QStringLiteral("freeze")].toInt();
    Measure measure = valueMeasure(Direction::LowerIsBetter);
    measure.kind = kind;
    MeasureSeries series;
    series.measureId = measure.id;
    series.kind = kind;
    series.multiply = 1.0; // as the case was run
    for (int i = 0; i < y.size(); ++i) {
        MeasurePoint p;
        p.date = kFirstMonth.addMonths(i);
        p.numerator = y[i].toDouble();
        if (!n.isEmpty()) p.denominator = n[i].toDouble();
        series.points << p;
    }
    const FrozenChart frozen = FrozenChart::of(measure, series, kFirstMonth.addDays(14), freeze);
    REQUIRE(frozen.enough());
    CHECK(frozen.baselinePoints == freeze);
    CHECK(frozen.freezeIndex == freeze);
    CHECK(frozen.frozenFrom == kFirstMonth);
    CHECK(frozen.frozenTo == kFirstMonth.addMonths(freeze - 1));
    const QJsonObject points =
        json[QStringLiteral("outputs")].toObject()[QStringLiteral("points")].toObject();
    const auto& result = *frozen.chart.result;
    REQUIRE(static_cast<int>(result.points.size()) ==
            json[QStringLiteral("outputs")][QStringLiteral("n_points")].toInt());
    for (int i = 0; i < static_cast<int>(result.points.size()); ++i) {
        const analysis::ChartPoint& p = result.points[static_cast<std::size_t>(i)];
        INFO(name << " point " << i);
        CHECK(near(p.y, points[QStringLiteral("y")].toArray()[i]));
        CHECK(near(p.cl, points[QStringLiteral("cl")].toArray()[i]));
        CHECK(near(p.ucl, points[QStringLiteral("ucl")].toArray()[i]));
        CHECK(near(p.lcl, points[QStringLiteral("lcl")].toArray()[i]));
        CHECK(p.sigmaSignal == points[QStringLiteral("sigma_signal")].toArray()[i].toBool());
        CHECK(p.baseline == points[QStringLiteral("baseline")].toArray()[i].toBool());
    }
}

} // namespace

TEST_CASE("Frozen limits after adoption agree with qicharts2's freeze cases (P and I charts)",
          "[sustain][frozen][oracle]") {
    compareWithOracle("p_freeze18_n36", MeasureKind::Proportion);
    compareWithOracle("i_freeze20_n40", MeasureKind::Value);
}

TEST_CASE("Proportions get a P chart, everything else an I chart", "[sustain][frozen]") {
    CHECK(FrozenChart::chartTypeFor(MeasureKind::Proportion) == ChartType::P);
    CHECK(FrozenChart::chartTypeFor(MeasureKind::Count) == ChartType::I);
    CHECK(FrozenChart::chartTypeFor(MeasureKind::Rate) == ChartType::I);
    CHECK(FrozenChart::chartTypeFor(MeasureKind::Value) == ChartType::I);
}

TEST_CASE("The baseline is the first twelve months from the adoption month; earlier months are left out",
          "[sustain][frozen]") {
    const FrozenChart frozen =
        FrozenChart::of(valueMeasure(Direction::LowerIsBetter), adoptedSeries({10, 11, 9, 10}), kAdopted);
    REQUIRE(frozen.enough());
    CHECK(frozen.points == 16);
    CHECK(frozen.baselinePoints == 12);
    CHECK(frozen.freezeIndex == 12);
    CHECK(frozen.frozenFrom == QDate(2025, 4, 1));
    CHECK(frozen.frozenTo == QDate(2026, 3, 1));
    CHECK(frozen.chart.request.chart == ChartType::I);
    REQUIRE(frozen.centre);
    CHECK(*frozen.centre == Approx(10.0));
    // AMR = 15/11; sigma = AMR / 1.128.
    const double sigma = (15.0 / 11.0) / 1.128;
    CHECK(*frozen.upper == Approx(10.0 + 3 * sigma));
    CHECK(*frozen.lower == Approx(10.0 - 3 * sigma));
    CHECK(frozen.frozenText() == QStringLiteral("Limits frozen from april 2025 to marts 2026"));

    // Eight months after adoption: all of them are the baseline, nothing after it.
    const FrozenChart young = FrozenChart::of(valueMeasure(Direction::LowerIsBetter),
                                              monthly({20, 21, 19, 10, 11, 9, 10, 11, 9, 10, 11}), kAdopted);
    REQUIRE(young.enough());
    CHECK(young.points == 8);
    CHECK(young.baselinePoints == 8);
    CHECK(young.chart.request.input.freeze == std::nullopt);
    CHECK_FALSE(SlipBack::detect(*young.chart.result, young.freezeIndex, Direction::LowerIsBetter).slipped());
}

TEST_CASE("Fewer than six months after adoption: no chart, and how many months are missing",
          "[sustain][frozen]") {
    const FrozenChart frozen = FrozenChart::of(valueMeasure(Direction::LowerIsBetter),
                                               monthly({20, 21, 19, 10, 11, 9, 10}), kAdopted);
    CHECK_FALSE(frozen.enough());
    CHECK(frozen.points == 4);
    CHECK(frozen.missingPoints() == 2);
    CHECK_FALSE(frozen.chart.result);
    CHECK(frozen.missingText().contains(QStringLiteral("2 more month(s)")));

    ChangeAdoption change;
    change.idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    change.adoptedOn = kAdopted;
    const SustainedMeasure measure = SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter),
                                                                     monthly({20, 21, 19, 10}), change);
    CHECK(measure.status == SustainStatus::TooFewPoints);
    CHECK(measure.sentence.isEmpty());
}

TEST_CASE("Eight months below the frozen centre line slip back when higher is better, not when lower is",
          "[sustain][slipback]") {
    const MeasureSeries series = adoptedSeries({8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5});
    ChangeAdoption change;
    change.idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    change.adoptedOn = kAdopted;

    const SustainedMeasure higher =
        SustainedChanges::assessMeasure(valueMeasure(Direction::HigherIsBetter), series, change);
    CHECK(higher.status == SustainStatus::SlippingBack);
    CHECK(higher.slipBack.kind == SlipBack::Kind::Shift);
    CHECK(higher.slipBack.runLength == 8);
    CHECK(higher.slipBack.reachesLatest);
    CHECK_FALSE(higher.slipBack.badSideAbove);
    CHECK(higher.sentence ==
          QStringLiteral(
              "Slipping back: since »Dobbeltkontrol ved dispensering« was adopted in april 2025, the "
              "latest 8 month(s) lie below the new level."));

    const SustainedMeasure lower =
        SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter), series, change);
    CHECK(lower.status == SustainStatus::Holding);
    CHECK(lower.sentence.isEmpty());

    // Six below are not enough: the Anhøj limit for six useful points is a run of six.
    const MeasureSeries six = adoptedSeries({8.5, 8.5, 8.5, 8.5, 8.5, 8.5});
    CHECK(SustainedChanges::assessMeasure(valueMeasure(Direction::HigherIsBetter), six, change).status ==
          SustainStatus::Holding);
}

TEST_CASE("Eight months above the frozen centre line slip back when lower is better, not when higher is",
          "[sustain][slipback]") {
    const MeasureSeries series = adoptedSeries({9, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5});
    ChangeAdoption change;
    change.idea.title = QStringLiteral("Faste medicintider");
    change.adoptedOn = kAdopted;
    const SustainedMeasure lower =
        SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter), series, change);
    CHECK(lower.status == SustainStatus::SlippingBack);
    CHECK(lower.slipBack.kind == SlipBack::Kind::Shift);
    CHECK(lower.slipBack.badSideAbove);
    CHECK(lower.slipBack.firstIndex == 13);
    CHECK(lower.slipBack.lastIndex == 20);
    CHECK(lower.sentence.contains(QStringLiteral("latest 8 month(s) lie above the new level")));
    CHECK(SustainedChanges::assessMeasure(valueMeasure(Direction::HigherIsBetter), series, change).status ==
          SustainStatus::Holding);

    // A run that ended is told with its months.
    const MeasureSeries ended = adoptedSeries({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 9, 10});
    const SustainedMeasure past =
        SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter), ended, change);
    CHECK(past.slipBack.kind == SlipBack::Kind::Shift);
    CHECK_FALSE(past.slipBack.reachesLatest);
    CHECK(past.sentence.contains(QStringLiteral("from april 2026 to november 2026")));
}

TEST_CASE("A point beyond the frozen limit slips back only on the bad side", "[sustain][slipback]") {
    ChangeAdoption change;
    change.idea.title = QStringLiteral("Faste medicintider");
    change.adoptedOn = kAdopted;
    const MeasureSeries high = adoptedSeries({10, 11, 9, 10, 15});
    const SustainedMeasure lower =
        SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter), high, change);
    CHECK(lower.slipBack.kind == SlipBack::Kind::BeyondLimit);
    CHECK(lower.slipBack.firstIndex == 16);
    CHECK(lower.sentence.contains(QStringLiteral("august 2026 lies above the upper control limit")));
    CHECK_FALSE(SustainedChanges::assessMeasure(valueMeasure(Direction::HigherIsBetter), high, change)
                    .slipBack.slipped());

    const MeasureSeries low = adoptedSeries({10, 11, 9, 10, 5});
    CHECK(
        SustainedChanges::assessMeasure(valueMeasure(Direction::HigherIsBetter), low, change).slipBack.kind ==
        SlipBack::Kind::BeyondLimit);
    CHECK_FALSE(SustainedChanges::assessMeasure(valueMeasure(Direction::LowerIsBetter), low, change)
                    .slipBack.slipped());

    // A baseline point beyond its own limits is part of the new level, not a slip after it.
    QList<double> values{20, 21, 19, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9};
    values[5] = 30;
    const FrozenChart frozen =
        FrozenChart::of(valueMeasure(Direction::LowerIsBetter), monthly(values), kAdopted);
    REQUIRE(frozen.enough());
    CHECK_FALSE(
        SlipBack::detect(*frozen.chart.result, frozen.freezeIndex, Direction::LowerIsBetter).slipped());
}

TEST_CASE("A change is adopted by its first cycle decided Adopt; its measures come from all its cycles",
          "[sustain][adoption]") {
    ChangeIdea a{ChangeIdeaId{1}, BotilbudId{1}, DriverId{5}, QStringLiteral("Dobbeltkontrol"), {}, {}};
    ChangeIdea b{ChangeIdeaId{2}, BotilbudId{1}, std::nullopt, QStringLiteral("Tjekliste"), {}, {}};
    ChangeIdea c{ChangeIdeaId{3}, BotilbudId{1}, std::nullopt, QStringLiteral("Faste tider"), {}, {}};
    Driver driver;
    driver.id = DriverId{5};
    driver.text = QStringLiteral("Sikker dispensering");

    auto cycle = [](qint64 id, std::optional<ChangeIdeaId> idea, std::optional<ActDecision> decision,
                    QDate start, QDate end, QList<MeasureId> measures) {
        PdsaCycle p;
        p.id = PdsaCycleId{id};
        p.changeIdeaId = idea;
        p.decision = decision;
        p.startDate = start;
        p.endDate = end;
        p.measureIds = measures;
        return p;
    };
    const QList<PdsaCycle> cycles{
        cycle(1, a.id, ActDecision::Adapt, QDate(2025, 1, 5), QDate(2025, 2, 1), {MeasureId{10}}),
        cycle(2, a.id, ActDecision::Adopt, QDate(2025, 2, 5), QDate(2025, 3, 20),
              {MeasureId{11}, MeasureId{10}}),
        cycle(3, a.id, ActDecision::Adopt, QDate(2025, 5, 5), QDate(2025, 6, 20), {}),
        cycle(4, b.id, ActDecision::Adapt, QDate(2025, 4, 5), QDate(2025, 6, 20), {MeasureId{12}}),
        cycle(5, c.id, ActDecision::Adopt, QDate(2025, 8, 5), QDate(), {}),
        cycle(6, std::nullopt, ActDecision::Adopt, QDate(2025, 9, 1), QDate(), {}),
    };
    const QList<ChangeAdoption> adopted = ChangeAdoption::derive(cycles, {a, b, c}, {driver});
    REQUIRE(adopted.size() == 2);
    CHECK(adopted[0].idea.id == c.id);                // newest adoption first
    CHECK(adopted[0].adoptedOn == QDate(2025, 8, 5)); // no end date: the start
    CHECK_FALSE(adopted[0].driver);
    CHECK(adopted[1].idea.id == a.id);
    CHECK(adopted[1].adoptedOn == QDate(2025, 3, 20)); // the first adopting cycle's end
    CHECK(adopted[1].adoptingCycle.id == PdsaCycleId{2});
    CHECK(adopted[1].measureIds == QList<MeasureId>{MeasureId{10}, MeasureId{11}});
    REQUIRE(adopted[1].driver);
    CHECK(adopted[1].driver->text == QStringLiteral("Sikker dispensering"));
}
