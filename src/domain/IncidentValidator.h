#pragma once

#include "domain/Incident.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for incidents, including the CPR check of every free-text field.
class IncidentValidator {
    Q_DECLARE_TR_FUNCTIONS(IncidentValidator)

public:
    static ValidationIssues validate(const Incident& incident, const QDate& today = QDate::currentDate());
};

} // namespace medsafe::domain
