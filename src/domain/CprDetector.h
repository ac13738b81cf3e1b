#pragma once

#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace medsafe::domain {

// Finds CPR-shaped numbers in free text: ddmmyyxxxx and the forms people type, with one
// separator between the date parts (dot, dash, slash or space, the same one twice) and an
// optional dash, en dash, slash or space before the four digits: ddmmyy-xxxx, ddmmyy xxxx,
// dd.mm.yy-xxxx, dd.mm.yy xxxx, dd/mm/yy-xxxx, dd-mm-yy-xxxx, dd mm yy xxxx. The app stores no
// CPR numbers (GDPR art. 9), so every free-text guard (the domain validators, the package
// readers, the report anonymiser) asks this one class. Only numbers whose first six digits form
// a real calendar date count (31 April or 29 February in a non-leap year do not), and a match
// may not touch further digits (a digit, or a digit after a dot or comma, on either side), which
// keeps false alarms on phone numbers (12 34 56 78), date ranges (01.02.24-03.04.24), dates,
// times and amounts low. The century comes from the seventh digit, as in the CPR register, so
// 29 February is judged in the right year. Stateless; any thread.
class CprDetector {
    Q_DECLARE_TR_FUNCTIONS(CprDetector)

public:
    // Where a CPR-shaped number sits in a text (UTF-16 offsets).
    struct Span {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    static bool containsCpr(QStringView text);
    // Every CPR-shaped number in `text`, in order, not overlapping.
    static QList<Span> find(QStringView text);

    // The birth date a CPR-shaped ten-digit number encodes, or an invalid date when the first
    // six digits are not a real date. `digits` holds exactly ten digits (no dash).
    static QDate birthDate(QStringView digits);

    // An issue for `field` when `text` holds a CPR-shaped number.
    static std::optional<ValidationIssue> check(const QString& field, const QString& text);
    static void check(ValidationIssues& issues, const QString& field, const QString& text);
};

} // namespace medsafe::domain
