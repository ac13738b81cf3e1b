#pragma once

#include "domain/MonthlyReport.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for the monthly report and its status steps (draft -> sent -> feedback).
class MonthlyReportValidator {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportValidator)

public:
    static ValidationIssues validate(const MonthlyReport& report);
};

} // namespace medsafe::domain
