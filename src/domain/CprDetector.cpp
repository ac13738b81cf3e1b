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

QList<CprDetector::Span> CprDetector::find(QStringView text) {
    // dd, a separator (or none), mm, the same separator, yy, then an optional separator before
    // the four digits. Spaces include the no-break space Word and browsers put in, dashes the en
    // dash. Lookarounds keep the match from being part of a longer number: no digit right
    // before or after it, and no "digit." / "digit," (1.234.567, 12,5) or ".digit" / ",digit".
    static const QRegularExpression kPattern(QStringLiteral(
        R"((?<!\d)(?<!\d[.,])(\d{2})([.\-/ \x{00A0}]?)(\d{2})\2(\d{2})[-\x{2013}/ \x{00A0}]?(\d{4})(?!\d)(?![.,]\d))"));
    QList<Span> spans;
    if (text.size() < 10) return spans;
    // A shape that is not a real date must not hide a CPR number overlapping it, so after a
    // miss the search goes on one character later rather than after the miss.
    qsizetype from = 0;
    while (from < text.size()) {
        const auto match = kPattern.match(text, from);
        if (!match.hasMatch()) break;
        const QString digits =
            match.captured(1) + match.captured(3) + match.captured(4) + match.captured(5);
        if (birthDate(digits).isValid()) {
            spans.append({match.capturedStart(), match.capturedLength()});
            from = match.capturedEnd();
        } else {
            from = match.capturedStart() + 1;
        }
    }
    return spans;
}

bool CprDetector::containsCpr(QStringView text) {
    return !find(text).isEmpty();
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
