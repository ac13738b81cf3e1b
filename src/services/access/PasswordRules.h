#pragma once

#include <QCoreApplication>
#include <QString>

namespace medsafe::services {

// What a new password must be (NIST SP 800-63B's advice: length over composition rules).
class PasswordRules {
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)

public:
    static constexpr int kMinimumLength = 10;
    // Empty when `password` is acceptable for `login` and `name`; else what is wrong.
    static QString problem(const QString& password, const QString& login, const QString& name = {});
    // Logins: 2–32 of a–z, 0–9, '.', '_', '-', starting with a letter (also a valid
    // PostgreSQL role name on a server).
    static QString loginProblem(const QString& login);
};

} // namespace medsafe::services
