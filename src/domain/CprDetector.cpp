#include "domain/CprDetector.h"

#include <QRegularExpression>

namespace medsafe::domain {

bool CprDetector::containsCpr(QStringView text)
{
    // Six digits, an optional dash, four digits, not part of a longer digit run.
    static const QRegularExpression kPattern(QStringLiteral(R"((?<!\d)(\d{2})(\d{2})\d{2}-?\d{4}(?!\d))"));
    auto it = kPattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const int day = match.capturedView(1).toInt();
        const int month = match.capturedView(2).toInt();
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
            return true;
    }
    return false;
}

std::optional<ValidationIssue> CprDetector::check(const QString& field, const QString& text)
{
    if (!containsCpr(text))
        return std::nullopt;
    return ValidationIssue{field,
                           tr("The text seems to contain a CPR number. Remove it: the app must not store "
                              "CPR numbers. Refer to the citizen without identifying them.")};
}

void CprDetector::check(ValidationIssues& issues, const QString& field, const QString& text)
{
    if (auto issue = check(field, text))
        issues.append(*issue);
}

} // namespace medsafe::domain
