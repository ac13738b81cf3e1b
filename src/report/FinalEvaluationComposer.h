#pragma once

#include "report/ReportDocument.h"
#include "services/report/FinalEvaluationContent.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::report {

// Lays the final evaluation (slutevaluering) out as report blocks: the programme in brief,
// the aims with the three questions, every measure's baseline and latest median side by
// side, the changes adopted, the lessons of the finished cycles, the monthly
// self-assessments, the pharmacy's work over the programme (PharmacyReportSection), and every
// measure's chart with its reading. GUI thread.
class FinalEvaluationComposer {
    Q_DECLARE_TR_FUNCTIONS(FinalEvaluationComposer)

public:
    static ReportDocument compose(const services::FinalEvaluationContent& content);
    static bool writePdf(const services::FinalEvaluationContent& content, const QString& path, QString* error = nullptr);
    static QString suggestedFileName(const services::FinalEvaluationContent& content);

private:
    static QString summaryHtml(const services::FinalEvaluationContent& content);
    static QString aimsHtml(const services::FinalEvaluationContent& content);
    static QString mediansHtml(const services::FinalEvaluationContent& content);
    static QString changesHtml(const services::FinalEvaluationContent& content);
    static QString lessonsHtml(const services::FinalEvaluationContent& content);
    static QString scoresHtml(const services::FinalEvaluationContent& content);
};

} // namespace medsafe::report
