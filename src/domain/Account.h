#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace medsafe::domain {

// The right of one person to sign in. On a file the password is kept as an Argon2id hash
// string (never the password); on a server the login is a PostgreSQL role whose password the
// server checks, and passwordHash is empty.
struct Account {
    PersonId personId;
    QString login;
    QString passwordHash;
    int failedAttempts = 0;
    QDateTime lockedUntil; // null: not locked
    bool mustChangePassword = false;
    QDateTime createdAt;

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace medsafe::domain
