#pragma once

#include "services/report/MonthlyReportContent.h"

#include <QList>

namespace medsafe::services {

// Hides small incident counts before a report leaves the botilbud. A count of 1-4 could point
// to one resident or one member of staff, so it is shown as "<5" (docs/domain.md, Privacy).
// Zero is kept: it names no one, and "no errors at this stage" is what a consultant needs
// to see. Hiding one cell of a breakdown is not enough when the total is shown, because the
// cell is the total minus the others; so when a breakdown has exactly one hidden cell, the
// next smallest non-zero cell is hidden too (secondary suppression, as statistics offices do).
// A hidden count's value is set to 0, so the exact figure cannot travel in a package.
// Stateless; any thread.
class SmallCountSuppression {
public:
    static constexpr int kThreshold = 5;

    static bool needsSuppression(int count) { return count > 0 && count < kThreshold; }
    static ReportCount suppress(ReportCount count);
    // Primary and secondary suppression of one breakdown whose cells add up to `total`.
    static void suppressBreakdown(QList<ReportCountRow>& rows, const ReportCount& total);
    static void apply(ReportIncidentSummary& summary);
};

} // namespace medsafe::services
