#pragma once

#include "domain/IncidentTaxonomy.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QList>
#include <QString>

namespace medsafe::demo {

// The Danish texts of the demo's start-up work: how a botilbud describes its medication process
// before and after the work, what the analysis found, its local guidelines and the delegated
// rights. Realistic, and never about a resident by name.
class DemoStartupTexts {
public:
    struct StepText {
        domain::ProcessStage stage;
        QString performedBy;
        QString how;
        QString risks;
        domain::RiskLevel risk;
    };
    struct FindingText {
        domain::ProcessStage stage;
        QString finding;
    };
    struct GuidelineText {
        QString title;
        QString version;
    };

    static QList<StepText> stepsBefore();
    static QList<StepText> stepsAfter();
    // The first is the one taken into the driver diagram.
    static QList<FindingText> findingsBefore();
    static QList<FindingText> findingsAfter();
    static QList<GuidelineText> guidelines();
    static QList<QString> guidelineFindings();
    static QList<QString> rights();
    static QList<QString> doctors();
};

} // namespace medsafe::demo
