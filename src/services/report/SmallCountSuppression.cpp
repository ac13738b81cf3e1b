#include "services/report/SmallCountSuppression.h"

namespace medsafe::services {

ReportCount SmallCountSuppression::suppress(ReportCount count) {
    if (count.suppressed || needsSuppression(count.value)) return ReportCount{0, true};
    return count;
}

void SmallCountSuppression::suppressBreakdown(QList<ReportCountRow>& rows, const ReportCount& total) {
    int hidden = 0;
    for (ReportCountRow& row : rows) {
        row.count = suppress(row.count);
        if (row.count.suppressed) ++hidden;
    }
    // With the total hidden too, subtraction reveals nothing.
    if (hidden != 1 || total.suppressed) return;
    ReportCountRow* smallest = nullptr;
    for (ReportCountRow& row : rows) {
        if (row.count.suppressed || row.count.value == 0) continue;
        if (!smallest || row.count.value < smallest->count.value) smallest = &row;
    }
    if (smallest) smallest->count = ReportCount{0, true};
}

void SmallCountSuppression::apply(ReportIncidentSummary& summary) {
    summary.total = suppress(summary.total);
    summary.reachedCitizen = suppress(summary.reachedCitizen);
    suppressBreakdown(summary.byStage, summary.total);
    suppressBreakdown(summary.byConsequence, summary.total);
}

} // namespace medsafe::services
