#pragma once

#include "domain/ValidationIssue.h"
#include "domain/sustain/SustainPlan.h"

#include <QCoreApplication>
#include <QDate>

namespace medsafe::domain {

// The rules of a fastholdelsesplan row, and the Danish words of its frequencies. Free texts
// are checked by ResidentTextGuard: a plan is about the routine, never about a resident.
class SustainPlanValidator {
    Q_DECLARE_TR_FUNCTIONS(SustainPlanValidator)

public:
    static constexpr int kMaxTextLength = 500;

    static ValidationIssues validate(const SustainPlanRow& row, const QDate& today);
    // "monthly" → "månedligt" (through the translation).
    static QString frequencyLabel(CheckFrequency frequency);
};

} // namespace medsafe::domain
