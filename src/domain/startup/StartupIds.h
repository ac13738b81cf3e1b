#pragma once

#include "domain/Ids.h"

namespace medsafe::domain {

// Ids of the start-up work (issue 16): the workflow analysis, its steps and findings, the
// local guidelines and the delegation register.
using WorkflowAnalysisId = Id<struct WorkflowAnalysisTag>;
using WorkflowStepId = Id<struct WorkflowStepTag>;
using WorkflowFindingId = Id<struct WorkflowFindingTag>;
using GuidelineId = Id<struct GuidelineTag>;
using DelegationId = Id<struct DelegationTag>;

} // namespace medsafe::domain
