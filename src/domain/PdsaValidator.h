#pragma once

#include "domain/PdsaCycle.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for PDSA cycles: the form must be filled in the order P-D-S-A.
class PdsaValidator {
    Q_DECLARE_TR_FUNCTIONS(PdsaValidator)

public:
    static ValidationIssues validate(const PdsaCycle& cycle);
};

} // namespace medsafe::domain
