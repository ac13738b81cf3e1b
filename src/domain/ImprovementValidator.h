#pragma once

#include "domain/Aim.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for the aim, the driver diagram and change ideas.
class ImprovementValidator {
    Q_DECLARE_TR_FUNCTIONS(ImprovementValidator)

public:
    static ValidationIssues validate(const Aim& aim);
    static ValidationIssues validate(const Driver& driver);
    static ValidationIssues validate(const ChangeIdea& idea);
};

} // namespace medsafe::domain
