#include "analysis/IndividualsLimits.h"

#include "analysis/AccurateStats.h"
#include "analysis/MovingRange.h"

#include <cmath>
#include <limits>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// The t chart's power transform (Nelson): y^(1/3.6) is roughly symmetric for exponential gaps.
constexpr double kTPower = 3.6;

// cl and sigma of an i chart over `values` (indexed by point, part only), base points only.
void individualsCentreAndSigma(const PreparedSeries& series, PartRange part, const std::vector<double>& values,
                               Scratch& scratch, double& cl, double& sigma)
{
    collectBase(series, part, values, scratch.a);
    cl = AccurateStats::mean(scratch.a);
    sigma = MovingRange::screenedSigma(scratch.a, scratch.b);
}
} // namespace

void IndividualsLimits::computeI(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    double cl = kNaN;
    double sigma = kNaN;
    individualsCentreAndSigma(series, part, series.value, scratch, cl, sigma);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        // No clipping: an i chart's lower limit may be negative.
        lines.ucl[i] = cl + 3.0 * sigma;
        lines.lcl[i] = cl - 3.0 * sigma;
        lines.ucl95[i] = cl + 2.0 * sigma;
        lines.lcl95[i] = cl - 2.0 * sigma;
    }
}

void IndividualsLimits::computeMR(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // The plotted ranges use every point of the part, excluded ones too; only the centre line
    // is restricted to base points. So excluding point k drops MR_k but keeps MR_(k+1).
    lines.y[part.first] = kNaN;
    for (std::size_t i = part.first + 1; i <= part.last; ++i)
        lines.y[i] = std::fabs(series.value[i] - series.value[i - 1]);
    collectBase(series, part, lines.y, scratch.a);
    const double cl = AccurateStats::mean(scratch.a);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        lines.cl[i] = cl;
        lines.ucl[i] = MovingRange::kD4 * cl;
        lines.lcl[i] = 0.0;
        lines.ucl95[i] = MovingRange::kD4 / 3.0 * 2.0 * cl;
        lines.lcl95[i] = 0.0;
    }
}

void IndividualsLimits::computeT(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // Work on the transformed values, then bring every line back with ^3.6.
    std::vector<double>& z = scratch.c;
    z.resize(series.size()); // only this part's entries are written and read
    for (std::size_t i = part.first; i <= part.last; ++i)
        z[i] = std::pow(series.value[i], 1.0 / kTPower);
    double clZ = kNaN;
    double sigmaZ = kNaN;
    individualsCentreAndSigma(series, part, z, scratch, clZ, sigmaZ);
    const double cl = std::pow(clZ, kTPower);
    const double ucl = std::pow(clZ + 3.0 * sigmaZ, kTPower);
    const double ucl95 = std::pow(clZ + 2.0 * sigmaZ, kTPower);
    const double lclZ = clZ - 3.0 * sigmaZ;
    const double lcl95Z = clZ - 2.0 * sigmaZ;
    // Deliberately asymmetric, as qicharts2: a negative transformed lcl becomes 0, while a
    // negative transformed lcl_95 has no back-transform and stays null.
    const double lcl = lclZ < 0.0 ? 0.0 : std::pow(lclZ, kTPower);
    const double lcl95 = lcl95Z < 0.0 ? kNaN : std::pow(lcl95Z, kTPower);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        lines.y[i] = std::pow(z[i], kTPower);
        lines.cl[i] = cl;
        lines.ucl[i] = ucl;
        lines.lcl[i] = lcl;
        lines.ucl95[i] = ucl95;
        lines.lcl95[i] = lcl95;
    }
}

} // namespace medsafe::analysis
