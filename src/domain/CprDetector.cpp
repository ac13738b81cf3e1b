#include "domain/CprDetector.h"

#include <QRegularExpression>

namespace medsafe::domain {

namespace {

// The CPR register's century rule: the seventh digit and the two-digit year give the century.
int fullYear(int yy, int seventh) {
    if (seventh <= 3) return 1900 + yy;
    if (seventh == 4 || seventh == 9) return (yy <= 36 ? 2000 : 1900) + yy;
    return (yy <= 57 ? 2000 : 1800) + yy; // 5-8
}

} // namespace

QDate CprDetector::birthDate(QStringView digits) {
    if (digits.size() != 10) return {};
    for (QChar c : digits) {
        if (!c.isDigit()) return {};
    }
    const int day = digits.mid(0, 2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int yy = digits.mid(4, 2).toInt();
    const int seventh = digits.at(6).digitValue();
    const int year = fullYear(yy, seventh);
    if (!QDate::isValid(year, month, day)) return {};
    return QDate(year, month, day);
}

bool CprDetector::containsCpr(QStringView text) {
    // Six digits, an optional dash (or the en dash Word puts in), four digits, not part of a
    // longer digit run.
    static const QRegularExpression kPattern(QStringLiteral(R"((?<!\d)(\d{6})[-\x{2013}]?(\d{4})(?!\d))"));
    auto it = kPattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString digits = match.captured(1) + match.captured(2);
        if (birthDate(digits).isValid()) return true;
    }
    return false;
}

std::optional<ValidationIssue> CprDetector::check(const QString& field, const QString& text) {
    if (!containsCpr(text)) return std::nullopt;
    return ValidationIssue{field,
                           tr("The text seems to contain a CPR number. Remove it: the app must not store "
                              "CPR numbers. Refer to the citizen without identifying them.")};
}

void CprDetector::check(ValidationIssues& issues, const QString& field, const QString& text) {
    if (auto issue = check(field, text)) issues.append(*issue);
}

} // namespace medsafe::domain
