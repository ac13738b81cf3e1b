#pragma once

#include "domain/Incident.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for incidents, including the CPR check of every free-text field.
// Stateless; any thread.
class IncidentValidator {
    Q_DECLARE_TR_FUNCTIONS(IncidentValidator)

public:
    static ValidationIssues validate(const Incident& incident, const QDate& today = QDate::currentDate());
    // What a free-text field shows when it holds a CPR-shaped number: the incident says why
    // (no CPR numbers, ever) in the words the incident form uses.
    static QString cprMessage();
};

} // namespace medsafe::domain
