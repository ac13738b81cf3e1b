// The Anhøj limits must equal qicharts2's table exactly for n_useful = 1..300.

#include "analysis/RunsThresholds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cmath>

using medsafe::analysis::RunsThresholds;

TEST_CASE("thresholds match anhoej_thresholds.json for n_useful 1..300", "[thresholds]")
{
    QFile file(QDir(QStringLiteral(MEDSAFE_ORACLE_DIR)).filePath(QStringLiteral("anhoej_thresholds.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray useful = root.value(QStringLiteral("n_useful")).toArray();
    const QJsonArray runMax = root.value(QStringLiteral("longest_run_max")).toArray();
    const QJsonArray crossMin = root.value(QStringLiteral("n_crossings_min")).toArray();
    REQUIRE(useful.size() == 300);
    REQUIRE(runMax.size() == useful.size());
    REQUIRE(crossMin.size() == useful.size());
    for (qsizetype i = 0; i < useful.size(); ++i) {
        const int n = useful.at(i).toInt();
        INFO("n_useful = " << n);
        CHECK(RunsThresholds::longestRunMax(n) == runMax.at(i).toInt());
        CHECK(RunsThresholds::crossingsMin(n) == crossMin.at(i).toInt());
    }
}

TEST_CASE("crossings limit stays a sensible binomial quantile beyond the cached range", "[thresholds]")
{
    // Outside the table the quantile is computed per call (long series); check it against the
    // normal approximation and that it never decreases.
    int previous = 0;
    for (int n : {1000, 1024, 1025, 4000, 4001, 4002, 10000, 100000, 1000000}) {
        const int k = RunsThresholds::crossingsMin(n);
        const double m = n - 1;
        const double approx = m / 2.0 - 1.6448536 * std::sqrt(m) / 2.0;
        INFO("n_useful = " << n << ", k = " << k << ", normal approximation " << approx);
        CHECK(std::fabs(k - approx) < 2.0);
        CHECK(k >= previous);
        previous = k;
        CHECK(RunsThresholds::longestRunMax(n) == static_cast<int>(std::lround(std::log2(n))) + 3);
    }
}

TEST_CASE("binomial quantile edge cases", "[thresholds]")
{
    CHECK(RunsThresholds::binomialHalfQuantile(0.05, 0) == 0);
    CHECK(RunsThresholds::binomialHalfQuantile(0.05, 1) == 0); // P(X <= 0) = 0.5
    CHECK(RunsThresholds::binomialHalfQuantile(0.5, 2) == 1);  // P(X <= 0) = 0.25, P(X <= 1) = 0.75
    CHECK(RunsThresholds::crossingsMin(0) == 0);
    CHECK(RunsThresholds::longestRunMax(1) == 3);
}
