#pragma once

#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace medsafe::domain {

// Finds CPR-shaped numbers (ddmmyy-xxxx or ddmmyyxxxx) in free text. The app stores no CPR
// numbers (GDPR art. 9), so every free-text field is checked before it is saved. Only numbers
// whose first six digits form a real day and month count, which keeps false alarms on
// phone numbers and amounts low.
class CprDetector {
    Q_DECLARE_TR_FUNCTIONS(CprDetector)

public:
    static bool containsCpr(QStringView text);

    // An issue for `field` when `text` holds a CPR-shaped number.
    static std::optional<ValidationIssue> check(const QString& field, const QString& text);
    static void check(ValidationIssues& issues, const QString& field, const QString& text);
};

} // namespace medsafe::domain
