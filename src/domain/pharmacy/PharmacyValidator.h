#pragma once

#include "domain/ValidationIssue.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaFinding.h"
#include "domain/pharmacy/QaVisit.h"

#include <QCoreApplication>
#include <QDate>

namespace medsafe::domain {

// Validation rules for the pharmacy's part: the agreement, the checklist, visits, findings
// and the question log. Every free text a person types is also checked by ResidentTextGuard.
class PharmacyValidator {
    Q_DECLARE_TR_FUNCTIONS(PharmacyValidator)

public:
    static constexpr int kMaxVisitsPerYear = 52;

    static ValidationIssues validate(const PharmacyAgreement& agreement);
    static ValidationIssues validate(const QaChecklist& checklist);
    // `checklist` is the version the visit is audited against (answers must name its items).
    static ValidationIssues validate(const QaVisit& visit, const QaChecklist& checklist, const QDate& today);
    static ValidationIssues validate(const QaFinding& finding, const QDate& visitDate, const QDate& today);
    static ValidationIssues validate(const PharmacyQuestion& question, const QDate& today);
};

} // namespace medsafe::domain
