#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for the programme plan, its events and the start-up checklist.
class ProgrammeValidator {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeValidator)

public:
    static ValidationIssues validate(const Programme& programme);
    static ValidationIssues validate(const ProgrammeEvent& event);
    static ValidationIssues validate(const ChecklistItem& item, const QDate& today = QDate::currentDate());
};

} // namespace medsafe::domain
