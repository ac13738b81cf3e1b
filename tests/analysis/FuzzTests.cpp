// Randomised robustness test: 100,000 random inputs through every chart type, including NaN,
// infinities, negatives, empty and mismatched arrays, random freeze/part/exclude, subgroup ids,
// agg.fun, given centre lines and targets, y.neg and the box methods; then random Bernoulli
// CUSUM and Pareto inputs. Every call must return either an error with a message or a result
// whose arrays are consistent and whose numbers are finite or null. Run under the sanitizer
// build to catch undefined behaviour.
// Usage: analysis_fuzz_tests [seed] [iterations]

#include "analysis/BernoulliCusum.h"
#include "analysis/ChartAnalyzer.h"
#include "analysis/ChartResultJson.h"
#include "analysis/ExtraChartJson.h"
#include "analysis/ParetoChart.h"
#include "analysis/SeriesAggregator.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

using namespace medsafe::analysis;

namespace {
constexpr ChartType kCharts[] = {ChartType::Run, ChartType::I,    ChartType::MR, ChartType::C,
                                 ChartType::U,   ChartType::P,    ChartType::G,  ChartType::T,
                                 ChartType::Xbar, ChartType::PP,  ChartType::UP, ChartType::S,
                                 ChartType::IP};
constexpr int kChartCount = static_cast<int>(sizeof kCharts / sizeof kCharts[0]);

class Fuzzer {
public:
    explicit Fuzzer(unsigned long long seed) : m_rng(seed) {}

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    Value value()
    {
        // Clean inputs (no NaN, infinity or negatives) half of the time, so that most calls get
        // past validation and exercise the statistics.
        const int kind = m_clean ? pick(17, 99) : pick(0, 99);
        if (kind < 8)
            return std::nullopt;
        if (kind < 9)
            return std::numeric_limits<double>::quiet_NaN();
        if (kind < 10)
            return chance(0.5) ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
        if (kind < 14)
            return -static_cast<double>(pick(0, 50));
        if (kind < 17)
            return chance(0.5) ? 1e300 : 1e-300;
        if (kind < 60)
            return static_cast<double>(pick(0, 30));
        return std::uniform_real_distribution<double>(0.0, 100.0)(m_rng);
    }

    std::vector<int> indexes(int points)
    {
        std::vector<int> out(static_cast<std::size_t>(pick(0, 3)));
        for (int& i : out)
            i = chance(0.9) ? pick(0, std::max(points - 1, 0)) : pick(-3, points + 3);
        return out;
    }

    ChartInput input(ChartType chart)
    {
        ChartInput in;
        m_clean = chance(0.5);
        const int length = chance(0.02) ? pick(100, 400) : pick(0, 40);
        in.y.resize(static_cast<std::size_t>(length));
        for (Value& v : in.y)
            v = value();
        if (requiresDenominator(chart) || chance(0.1)) {
            const int nLength = chance(0.95) ? length : pick(0, 45);
            in.n.resize(static_cast<std::size_t>(nLength));
            for (std::size_t i = 0; i < in.n.size(); ++i) {
                in.n[i] = value();
                // Mostly valid denominators, so the computation itself is exercised.
                if (chance(0.8) && in.n[i] && i < in.y.size() && in.y[i])
                    in.n[i] = std::fabs(*in.y[i]) + pick(0, 50);
            }
        }
        if (requiresSubgroups(chart) || chance(0.15)) {
            const int sLength = chance(0.95) ? length : pick(0, 45);
            const int groups = pick(1, 12);
            in.subgroup.resize(static_cast<std::size_t>(sLength));
            for (int& s : in.subgroup)
                s = pick(0, groups);
        }
        const int points = static_cast<int>(SeriesAggregator::pointCount(in));
        if (chance(0.3))
            in.freeze = chance(0.9) ? pick(1, std::max(points, 1)) : pick(-2, points + 2);
        if (chance(0.3))
            in.parts = indexes(points);
        if (chance(0.3))
            in.exclude = indexes(points);
        if (chance(0.1)) {
            const double multipliers[] = {100.0, 1000.0, 0.0, -1.0, std::numeric_limits<double>::quiet_NaN(), 1e300};
            in.multiply = multipliers[pick(0, 5)];
        }
        in.rules = chance(0.5) ? RuleSet::Anhoej : RuleSet::Ihi;
        in.method = static_cast<RunsMethod>(pick(0, 2));
        in.aggregate = static_cast<Aggregate>(pick(0, 3));
        if (chance(0.2))
            in.cl = line(points);
        if (chance(0.2))
            in.target = line(points);
        in.allowNegativeLimits = chance(0.7);
        return in;
    }

    // A given centre line or target: one value, one per point, or (rarely) a wrong length.
    std::vector<Value> line(int points)
    {
        const int count = chance(0.5) ? 1 : chance(0.9) ? points : pick(0, points + 2);
        std::vector<Value> out(static_cast<std::size_t>(std::max(count, 0)));
        for (Value& v : out)
            v = value();
        return out;
    }

    BernoulliCusumInput cusumInput()
    {
        BernoulliCusumInput in;
        in.outcomes.resize(static_cast<std::size_t>(chance(0.02) ? pick(500, 3000) : pick(0, 60)));
        const double risk = std::uniform_real_distribution<double>(0.0, 0.5)(m_rng);
        for (int& o : in.outcomes)
            o = chance(0.01) ? pick(-1, 2) : chance(risk) ? 1 : 0;
        const int kind = pick(0, 3);
        if (kind == 1)
            in.targetRisk = chance(0.9) ? std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) : pick(-1, 2);
        if (kind == 2 || (kind == 3 && chance(0.2)))
            in.baselineCases = pick(-2, static_cast<int>(in.outcomes.size()) + 2);
        const double ratios[] = {2.0, 0.5, 1.0, 3.0, 0.0, -1.0, std::numeric_limits<double>::infinity()};
        in.oddsRatio = ratios[pick(0, 6)];
        const double limits[] = {3.5, 2.0, 5.0, 0.0, std::numeric_limits<double>::quiet_NaN()};
        in.limit = limits[pick(0, 4)];
        return in;
    }

    std::vector<std::optional<std::string>> categories()
    {
        static const char* const names[] = {"a", "B", "dosis", "tidspunkt", "", "æble", "Z"};
        std::vector<std::optional<std::string>> out(static_cast<std::size_t>(pick(0, 50)));
        for (auto& c : out)
            c = chance(0.1) ? std::nullopt : std::optional<std::string>(names[pick(0, 6)]);
        return out;
    }

private:
    std::mt19937_64 m_rng;
    bool m_clean = false;
};

int g_failures = 0;

void expect(bool ok, const char* what, unsigned long long iteration)
{
    if (!ok && ++g_failures <= 20)
        std::fprintf(stderr, "iteration %llu: %s\n", iteration, what);
}

bool finiteOrNull(const Value& v)
{
    return !v || std::isfinite(*v);
}

void checkResult(ChartType chart, const ChartInput& in, const ChartResult& r, unsigned long long it)
{
    const std::size_t expected = SeriesAggregator::pointCount(in);
    expect(r.points.size() == expected, "point count", it);
    expect(!r.parts.empty(), "no parts", it);
    int next = 0;
    for (const PartSummary& s : r.parts) {
        expect(s.first == next && s.last >= s.first, "parts not contiguous", it);
        next = s.last + 1;
        expect(s.nUseful >= 0 && s.nUseful <= s.nObs && s.nObs <= s.last - s.first + 1, "counts", it);
        const bool facts = s.nUseful > 0;
        expect(s.longestRun.has_value() == facts && s.nCrossings.has_value() == facts &&
                   s.longestRunMax.has_value() == facts && s.nCrossingsMin.has_value() == facts,
               "runs facts vs n_useful", it);
        for (const Value* v : {&s.meanCl, &s.meanLcl, &s.meanUcl, &s.meanLcl95, &s.meanUcl95})
            expect(finiteOrNull(*v), "non-finite summary", it);
        int signals = 0;
        for (int i = s.first; i <= s.last && i < static_cast<int>(r.points.size()); ++i)
            signals += r.points[static_cast<std::size_t>(i)].sigmaSignal ? 1 : 0;
        expect(signals == s.sigmaSignalCount, "sigma signal count", it);
        expect(!(chart == ChartType::MR && s.runsSignal), "mr runs signal", it);
    }
    expect(next == static_cast<int>(r.points.size()), "parts do not cover the points", it);
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const ChartPoint& p = r.points[i];
        expect(p.index == static_cast<int>(i), "index", it);
        expect(p.part >= 0 && p.part < static_cast<int>(r.parts.size()), "part number", it);
        for (const Value* v : {&p.y, &p.cl, &p.ucl, &p.lcl, &p.ucl95, &p.lcl95})
            expect(finiteOrNull(*v), "non-finite point value", it);
        expect(!p.sigmaSignal || p.y.has_value(), "signal without a value", it);
        expect(p.subgroupSize.has_value() == requiresSubgroups(chart), "subgroup size", it);
        expect(p.target.has_value() <= r.hasTarget, "target without a given target", it);
        if (!in.allowNegativeLimits && p.lcl && *p.lcl < 0.0) {
            bool negativeValue = false;
            for (const ChartPoint& q : r.points)
                negativeValue = negativeValue || (q.y && *q.y < 0.0);
            expect(negativeValue, "y.neg = FALSE left a negative limit", it);
        }
        expect(p.runsSignal == r.parts[static_cast<std::size_t>(p.part)].runsSignal, "runs signal", it);
    }
    if (it % 97 == 0) {
        const std::string json = ChartResultJson::outputs(r);
        expect(json.find("nan") == std::string::npos && json.find("inf") == std::string::npos, "json", it);
    }
}
} // namespace

void checkCusum(const BernoulliCusumInput& in, const BernoulliCusumResult& r, unsigned long long it)
{
    expect(r.points.size() == in.outcomes.size(), "cusum point count", it);
    expect(r.p0 > 0.0 && r.p0 < 1.0 && std::isfinite(r.p1) && std::isfinite(r.p2), "cusum risks", it);
    for (const BernoulliCusumPoint& p : r.points) {
        expect(p.cusum1 >= 0.0 && p.cusum1 <= r.limit, "upper cusum outside 0..limit", it);
        expect(p.cusum2 <= 0.0 && p.cusum2 >= -r.limit, "lower cusum outside -limit..0", it);
        expect(std::isfinite(p.s1) && std::isfinite(p.s2), "non-finite cusum score", it);
    }
    if (it % 97 == 0) {
        const std::string json = ExtraChartJson::bernoulliCusum(r);
        expect(json.find("nan") == std::string::npos && json.find("inf") == std::string::npos, "cusum json", it);
    }
}

void checkPareto(const std::vector<std::optional<std::string>>& in, const ParetoResult& r, unsigned long long it)
{
    long long previous = std::numeric_limits<long long>::max();
    long long sum = 0;
    for (const ParetoCategory& c : r.categories) {
        expect(c.count > 0 && c.count <= previous, "pareto order", it);
        previous = c.count;
        sum += c.count;
        expect(c.cumulativeCount == sum, "pareto cumulative count", it);
    }
    expect(sum <= static_cast<long long>(in.size()) && sum == r.total, "pareto total", it);
    if (!r.categories.empty())
        expect(std::fabs(r.categories.back().cumulativeShare - 1.0) < 1e-12, "pareto cumulative share", it);
}

int main(int argc, char** argv)
{
    const unsigned long long seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20240601ULL;
    const unsigned long long iterations = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 100000ULL;
    std::printf("analysis_fuzz_tests: seed %llu, %llu iterations\n", seed, iterations);
    Fuzzer fuzzer(seed);
    unsigned long long results = 0;
    unsigned long long errors = 0;
    for (unsigned long long it = 0; it < iterations; ++it) {
        const ChartType chart = kCharts[fuzzer.pick(0, kChartCount - 1)];
        const ChartInput in = fuzzer.input(chart);
        const AnalysisOutcome outcome = ChartAnalyzer::analyze(chart, in);
        if (const auto* error = std::get_if<AnalysisError>(&outcome)) {
            ++errors;
            expect(!error->message.empty(), "empty error message", it);
        } else {
            ++results;
            checkResult(chart, in, std::get<ChartResult>(outcome), it);
        }
    }
    // The two charts outside qic(): a tenth as many inputs each.
    unsigned long long cusums = 0;
    unsigned long long paretos = 0;
    for (unsigned long long it = 0; it < iterations / 10; ++it) {
        const BernoulliCusumInput in = fuzzer.cusumInput();
        const BernoulliCusumOutcome outcome = BernoulliCusum::analyze(in);
        if (const auto* error = std::get_if<AnalysisError>(&outcome)) {
            expect(!error->message.empty(), "empty cusum error message", it);
        } else {
            ++cusums;
            checkCusum(in, std::get<BernoulliCusumResult>(outcome), it);
        }
        const auto observations = fuzzer.categories();
        checkPareto(observations, ParetoChart::fromObservations(observations, fuzzer.chance(0.5)), it);
        ++paretos;
    }
    std::printf("%llu results, %llu errors, %llu cusums, %llu paretos, %d failures\n", results, errors, cusums,
                paretos, g_failures);
    return g_failures == 0 && results > iterations / 20 && cusums > iterations / 100 ? 0 : 1;
}
