#pragma once

#include "services/report/FinalEvaluationContent.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::report {

// Phases 1 and 3 in the final evaluation (issue 16) as report HTML: the workflow analysis
// before and after step by step (risk and the incidents of the step's stage), the adopted
// changes' measures read against the limits frozen after adoption, and the spread of changes —
// those this botilbud spread and received and, in a consultant's database, the matrix of
// changes × botilbud. Incident counts of 1-4 are shown as "<5", as everywhere the evaluation
// leaves the botilbud. Stateless; any thread (text only).
class PhaseReportSection {
    Q_DECLARE_TR_FUNCTIONS(PhaseReportSection)

public:
    // `dataFrom`: the first day with incident data (the programme's start), so a window that
    // reaches back before it is shown as the shorter period it really covers.
    static QString workflowHtml(const services::WorkflowComparison& workflow, const QDate& dataFrom);
    static QString sustainHtml(const QList<services::SustainedChange>& sustained);
    static QString spreadHtml(const services::BotilbudSpread& spread, const services::SpreadMatrix& matrix);

private:
    static QString matrixHtml(const services::SpreadMatrix& matrix);
};

} // namespace medsafe::report
