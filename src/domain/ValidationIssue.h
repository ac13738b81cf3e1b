#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::domain {

// One problem with a value a person typed. `field` is the member name in code (e.g.
// "denominator") so a form can put the message next to the right widget; `message` is
// already translated and says what to type instead.
struct ValidationIssue {
    QString field;
    QString message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = QList<ValidationIssue>;

inline bool hasIssue(const ValidationIssues& issues, const QString& field) {
    for (const auto& issue : issues) {
        if (issue.field == field) return true;
    }
    return false;
}

// Turns issues into an Error for layers that only pass errors on (storage refuses to write).
inline Error toError(const QString& what, const ValidationIssues& issues) {
    QStringList technical;
    QStringList translated;
    for (const auto& issue : issues) {
        technical << issue.field;
        translated << issue.message;
    }
    return Error::forUser(QStringLiteral("%1 failed validation: %2").arg(what, technical.join(u", ")),
                          translated.join(u'\n'));
}

} // namespace medsafe::domain
