// The chart model RunChartBuilder produces, asserted series by series.

#include "ChartModel.h"
#include "SpecFixtures.h"
#include "charts/ChartSeriesNames.h"
#include "charts/ChartStyle.h"
#include "charts/RunChartBuilder.h"

#include <QCategoryAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <memory>

using namespace medsafe;
using namespace medsafe::charts;
using namespace medsafe::charts::test;
using N = ChartSeriesNames;

namespace {
std::unique_ptr<QChart> build(const ChartSpec& spec) {
    return std::unique_ptr<QChart>(RunChartBuilder::build(spec));
}

ChartSpec randomRunChart(std::optional<int> freeze = std::nullopt) {
    analysis::ChartInput in;
    in.y = {5, 7, 4, 6, 5, 8, 3, 6, 4, 7, 5, 6, 7, 4, 6, 5, 8, 4, 6, 5};
    in.freeze = freeze;
    return specFor(analysis::ChartType::Run, in, QStringLiteral("Antal medicinfejl"));
}
} // namespace

TEST_CASE("points are joined by one line and marked", "[model]") {
    const ChartSpec spec = randomRunChart();
    auto chart = build(spec);
    CHECK(chart->objectName() == QLatin1String(N::kChart));
    const auto lines = seriesNamed(*chart, N::kValue);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]->count() == 20);
    CHECK(lines[0]->at(2) == QPointF(2, 4));
    CHECK(pointsNamed(*chart, N::kValuePoints).size() == 20);
    CHECK(pointsNamed(*chart, N::kSigmaPoints).isEmpty());
    // A run chart has a median and nothing else.
    const auto centre = seriesNamed(*chart, N::kCentreLine);
    REQUIRE(centre.size() == 1);
    CHECK(centre[0]->at(0).y() == Approx(5.5));
    CHECK(centre[0]->at(0).x() == 0);
    CHECK(centre[0]->at(1).x() == 19);
    CHECK(centre[0]->pen().style() == Qt::SolidLine);
    CHECK(centre[0]->pen().color() == ChartStyle::centreLineColor());
    CHECK(seriesNamed(*chart, N::kCentreLineExtended).isEmpty());
    CHECK(seriesNamed(*chart, N::kUcl).isEmpty());
    CHECK(seriesNamed(*chart, N::kLcl).isEmpty());
    CHECK(seriesNamed(*chart, N::kTarget).isEmpty());
    CHECK(seriesNamed(*chart, N::kAnnotations).isEmpty());
    CHECK_FALSE(chart->legend()->isVisible());
}

TEST_CASE("the time axis has Danish month labels", "[model]") {
    auto chart = build(randomRunChart());
    auto* axis = qobject_cast<QCategoryAxis*>(axisNamed(*chart, N::kTimeAxis));
    REQUIRE(axis);
    const QStringList labels = axis->categoriesLabels();
    REQUIRE(!labels.isEmpty());
    CHECK(labels.first() == QStringLiteral("jan. 2023"));
    CHECK(labels.contains(QStringLiteral("maj 2023")));
    CHECK(labels.size() <= 12);
    CHECK(axis->endValue(QStringLiteral("jan. 2023")) == 0);
}

TEST_CASE("missing values leave gaps in the line", "[model]") {
    analysis::ChartInput in;
    in.y = {5, 7, 4, 6, std::nullopt, std::nullopt, 3, 6, 4, 7, 5, 6};
    const ChartSpec spec = specFor(analysis::ChartType::Run, in, QStringLiteral("Med huller"));
    auto chart = build(spec);
    const auto lines = seriesNamed(*chart, N::kValue);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]->count() == 4);
    CHECK(lines[0]->points().last().x() == 3);
    CHECK(lines[1]->points().first().x() == 6);
    for (const QPointF& p : pointsNamed(*chart, N::kValuePoints)) {
        CHECK(p.x() != 4);
        CHECK(p.x() != 5);
    }
}

TEST_CASE("a frozen baseline: solid median over it, dashed where carried forward", "[model]") {
    const ChartSpec spec = randomRunChart(12);
    REQUIRE_FALSE(spec.result.parts[0].runsSignal);
    auto chart = build(spec);
    const auto solid = seriesNamed(*chart, N::kCentreLine);
    const auto dashed = seriesNamed(*chart, N::kCentreLineExtended);
    REQUIRE(solid.size() == 1);
    REQUIRE(dashed.size() == 1);
    CHECK(solid[0]->at(0).x() == 0);
    CHECK(solid[0]->at(1).x() == 11);
    CHECK(dashed[0]->at(0).x() == 11); // the pieces join
    CHECK(dashed[0]->at(1).x() == 19);
    CHECK(solid[0]->at(0).y() == Approx(*spec.result.points[0].cl));
    CHECK(dashed[0]->at(0).y() == Approx(*spec.result.points[0].cl));
    CHECK(solid[0]->pen().style() == Qt::SolidLine);
    CHECK(dashed[0]->pen().style() == Qt::DashLine);
    CHECK(dashed[0]->pen().color() == ChartStyle::centreLineColor());
}

TEST_CASE("a runs signal turns the centre line red and dashed", "[model]") {
    const ChartSpec spec = improvingRunChart();
    REQUIRE(spec.result.parts[0].runsSignal);
    auto chart = build(spec);
    auto lines = seriesNamed(*chart, N::kCentreLine) + seriesNamed(*chart, N::kCentreLineExtended);
    REQUIRE(lines.size() == 2);
    for (QXYSeries* line : lines) {
        CHECK(line->pen().color() == ChartStyle::signalColor());
        CHECK(line->pen().style() == Qt::DashLine);
        CHECK(line->at(0).y() == Approx(73.0));
    }
}

TEST_CASE("excluded points are hollow and not drawn as ordinary points", "[model]") {
    const ChartSpec spec = improvingRunChart();
    auto chart = build(spec);
    const auto excluded = seriesNamed(*chart, N::kExcludedPoints);
    REQUIRE(excluded.size() == 1);
    REQUIRE(excluded[0]->count() == 1);
    CHECK(excluded[0]->at(0) == QPointF(7, 69));
    auto* scatter = qobject_cast<QScatterSeries*>(excluded[0]);
    REQUIRE(scatter);
    CHECK(scatter->brush().color() == ChartStyle::backgroundColor());
    CHECK(scatter->pen().color() == ChartStyle::dataColor());
    const QList<QPointF> ordinary = pointsNamed(*chart, N::kValuePoints);
    CHECK(ordinary.size() == 23);
    CHECK_FALSE(ordinary.contains(QPointF(7, 69)));
    // The line still runs through the excluded point.
    CHECK(pointsNamed(*chart, N::kValue).contains(QPointF(7, 69)));
}

TEST_CASE("parts are separate segments with their own centre line and limits", "[model]") {
    const ChartSpec spec = splitPChart();
    REQUIRE(spec.result.parts.size() == 2);
    auto chart = build(spec);

    const auto lines = seriesNamed(*chart, N::kValue);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]->points().last().x() == 12);
    CHECK(lines[1]->points().first().x() == 13);
    CHECK(lines[1]->property(N::kPartProperty).toInt() == 1);

    const auto centre = seriesNamed(*chart, N::kCentreLine);
    REQUIRE(centre.size() == 2);
    CHECK(centre[0]->at(0).y() == Approx(*spec.result.parts[0].meanCl));
    CHECK(centre[1]->at(0).y() == Approx(*spec.result.parts[1].meanCl));
    CHECK(centre[1]->at(0).x() == 13);
    // Part 1 has a runs signal, part 2 has none.
    CHECK(centre[0]->pen().color() == ChartStyle::signalColor());
    CHECK(centre[1]->pen().color() == ChartStyle::centreLineColor());

    // Limits vary with n: steps that sit on every point's own limit.
    const auto ucl = seriesNamed(*chart, N::kUcl);
    REQUIRE(ucl.size() == 2);
    CHECK(ucl[0]->count() == 2 * 13);
    for (int k = 0; k < ucl[0]->count(); ++k) {
        const auto index = static_cast<std::size_t>(k / 2); // two ends of each point's step
        CHECK(ucl[0]->at(k).y() == Approx(*spec.result.points[index].ucl));
        CHECK(std::abs(ucl[0]->at(k).x() - static_cast<double>(index)) <= 0.5);
    }
    CHECK(seriesNamed(*chart, N::kLcl).size() == 2);
    CHECK(ucl[0]->pen().color() == ChartStyle::limitColor());

    const QList<QPointF> flagged = pointsNamed(*chart, N::kSigmaPoints);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].x() == 12);
    CHECK(flagged[0].y() == Approx(60.0));
    auto* sigma = qobject_cast<QScatterSeries*>(seriesNamed(*chart, N::kSigmaPoints).first());
    CHECK(sigma->color() == ChartStyle::signalColor());
    CHECK(sigma->markerSize() > ChartStyle::kPointSize);

    // A proportion's axis stops at 100 %.
    auto* axis = qobject_cast<QValueAxis*>(axisNamed(*chart, N::kValueAxis));
    REQUIRE(axis);
    CHECK(axis->max() == Approx(100.0));
}

TEST_CASE("constant limits are straight lines", "[model]") {
    analysis::ChartInput in;
    in.y = {4, 6, 3, 5, 7, 4, 2, 5, 6, 3, 4, 5};
    const ChartSpec spec = specFor(analysis::ChartType::C, in, QStringLiteral("Antal"));
    auto chart = build(spec);
    const auto ucl = seriesNamed(*chart, N::kUcl);
    REQUIRE(ucl.size() == 1);
    CHECK(ucl[0]->count() == 2);
    CHECK(ucl[0]->at(0).y() == Approx(*spec.result.points[0].ucl));
}

TEST_CASE("the target is a dotted line labelled beside the plot", "[model]") {
    const ChartSpec spec = improvingRunChart();
    auto chart = build(spec);
    const auto target = seriesNamed(*chart, N::kTarget);
    REQUIRE(target.size() == 1);
    CHECK(target[0]->at(0).y() == 90.0);
    CHECK(target[0]->pen().style() == Qt::DotLine);
    auto* label = qobject_cast<QCategoryAxis*>(axisNamed(*chart, N::kTargetAxis));
    REQUIRE(label);
    REQUIRE(label->categoriesLabels().size() == 1);
    CHECK(label->categoriesLabels().first().contains(QStringLiteral("90")));
    CHECK(label->endValue(label->categoriesLabels().first()) == 90.0);
}

TEST_CASE("PDSA cycles are numbered markers on the time axis", "[model][annotations]") {
    const ChartSpec spec = improvingRunChart();
    auto chart = build(spec);
    const auto markers = seriesNamed(*chart, N::kAnnotations);
    REQUIRE(markers.size() == 2);
    CHECK(markers[0]->property(N::kNumbersProperty).value<QList<int>>() == QList<int>{1});
    CHECK(markers[1]->property(N::kNumbersProperty).value<QList<int>>() == QList<int>{2});
    // 10 January 2024 lies just after the January point (index 12).
    CHECK(markers[0]->at(0).x() == Approx(12 + 9.0 / 31.0));
    auto* numbers = qobject_cast<QCategoryAxis*>(axisNamed(*chart, N::kAnnotationAxis));
    REQUIRE(numbers);
    CHECK(numbers->categoriesLabels() == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(numbers->alignment() == Qt::AlignBottom);
    CHECK(seriesNamed(*chart, N::kAnnotationGuides).size() == 2);
}

TEST_CASE("annotations too close together share a marker", "[model][annotations]") {
    const ChartSpec spec = daysBetweenTChart();
    auto chart = build(spec);
    const auto markers = seriesNamed(*chart, N::kAnnotations);
    REQUIRE(markers.size() == 2);
    CHECK(markers[0]->property(N::kNumbersProperty).value<QList<int>>() == QList<int>{1, 2});
    auto* numbers = qobject_cast<QCategoryAxis*>(axisNamed(*chart, N::kAnnotationAxis));
    REQUIRE(numbers);
    CHECK(numbers->categoriesLabels() == QStringList{QStringLiteral("1, 2"), QStringLiteral("3")});
}

TEST_CASE("an event chart labels the axis by day", "[model]") {
    auto chart = build(daysBetweenTChart());
    auto* axis = qobject_cast<QCategoryAxis*>(axisNamed(*chart, N::kTimeAxis));
    REQUIRE(axis);
    CHECK(axis->categoriesLabels().first() == QStringLiteral("10. jan. 2023"));
}
