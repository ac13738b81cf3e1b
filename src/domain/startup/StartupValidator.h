#pragma once

#include "domain/ValidationIssue.h"
#include "domain/startup/Delegation.h"
#include "domain/startup/Guideline.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QCoreApplication>
#include <QDate>

namespace medsafe::domain {

// Validation rules for the start-up work: the workflow analysis with its steps and findings,
// the guidelines and the delegations. Every free text is also checked by ResidentTextGuard, as
// none of it may say which resident it is about. One rule, one home: the forms show these
// issues and the services refuse the same values.
class StartupValidator {
    Q_DECLARE_TR_FUNCTIONS(StartupValidator)

public:
    // The analysis' header and every step in it.
    static ValidationIssues validate(const WorkflowAnalysis& analysis, const QDate& today);
    static ValidationIssues validate(const WorkflowStep& step);
    static ValidationIssues validate(const WorkflowFinding& finding);
    static ValidationIssues validate(const Guideline& guideline, const QDate& today);
    static ValidationIssues validate(const Delegation& delegation);
};

} // namespace medsafe::domain
