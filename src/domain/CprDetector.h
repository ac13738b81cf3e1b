#pragma once

#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace medsafe::domain {

// Finds CPR-shaped numbers (ddmmyy-xxxx or ddmmyyxxxx) in free text. The app stores no CPR
// numbers (GDPR art. 9), so every free-text field is checked before it is saved. Only numbers
// whose first six digits form a real calendar date count (31 April or 29 February in a
// non-leap year do not), which keeps false alarms on phone numbers and amounts low. The
// century comes from the seventh digit, as in the CPR register, so 29 February is judged in
// the right year. Stateless; any thread.
class CprDetector {
    Q_DECLARE_TR_FUNCTIONS(CprDetector)

public:
    static bool containsCpr(QStringView text);

    // The birth date a CPR-shaped ten-digit number encodes, or an invalid date when the first
    // six digits are not a real date. `digits` holds exactly ten digits (no dash).
    static QDate birthDate(QStringView digits);

    // An issue for `field` when `text` holds a CPR-shaped number.
    static std::optional<ValidationIssue> check(const QString& field, const QString& text);
    static void check(ValidationIssues& issues, const QString& field, const QString& text);
};

} // namespace medsafe::domain
