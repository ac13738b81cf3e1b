#pragma once

#include "domain/Botilbud.h"
#include "domain/Person.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for botilbud and people.
class OrganisationValidator {
    Q_DECLARE_TR_FUNCTIONS(OrganisationValidator)

public:
    static ValidationIssues validate(const Botilbud& botilbud);
    static ValidationIssues validate(const Person& person);
};

} // namespace medsafe::domain
