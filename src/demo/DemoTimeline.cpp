#include "demo/DemoTimeline.h"

#include <algorithm>

namespace medsafe::demo {

namespace {

QDate startFor(int months, const QDate& asOf)
{
    if (!asOf.isValid())
        return QDate(DemoTimeline::kEndYear + 1, 1, 1).addMonths(-months);
    const int elapsed = std::max(0, months - 1 - DemoTimeline::kMonthsAhead);
    return QDate(asOf.year(), asOf.month(), 1).addMonths(-elapsed);
}

} // namespace

DemoTimeline::DemoTimeline(int months, const QDate& asOf)
    : m_months(months)
    , m_asOf(asOf)
    , m_start(startFor(months, asOf))
{
}

int DemoTimeline::monthIndexOf(const QDate& date) const
{
    return (date.year() - m_start.year()) * 12 + date.month() - m_start.month();
}

double DemoTimeline::adoption(int monthIndex) const
{
    // Month 6 is the first test month; the first ramps adopt in months 8-10.
    constexpr double kSteps[] = {0.0, 0.25, 0.55, 0.8, 1.0};
    const int step = monthIndex - kBaselineMonths;
    if (step <= 0)
        return 0.0;
    return kSteps[std::min(step, 4)];
}

} // namespace medsafe::demo
