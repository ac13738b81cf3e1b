#include "services/access/PasswordRules.h"

#include <QRegularExpression>
#include <QSet>

namespace medsafe::services {

QString PasswordRules::problem(const QString& password, const QString& login, const QString& name) {
    if (password.size() < kMinimumLength)
        return tr("The password must have at least %1 characters.").arg(kMinimumLength);
    const QString lower = password.toLower();
    if (!login.isEmpty() && lower.contains(login.toLower()))
        return tr("The password must not contain the login.");
    for (const QString& part : name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.size() >= 3 && lower.contains(part)) return tr("The password must not contain your name.");
    }
    if (QSet<QChar>(password.begin(), password.end()).size() < 4)
        return tr("The password repeats too few different characters.");
    return {};
}

QString PasswordRules::loginProblem(const QString& login) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(login).hasMatch())
        return tr(
            "A login has 2 to 32 small letters a–z, digits, '.', '_' or '-', and starts with a letter.");
    return {};
}

} // namespace medsafe::services
