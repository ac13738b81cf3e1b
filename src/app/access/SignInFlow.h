#pragma once

#include <QCoreApplication>

class QWidget;

namespace medsafe::storage {
class Database;
}

namespace medsafe::app {

// What happens between opening a database and working in it:
// - on a server, the connection's login is the sign-in; the person behind it is looked up;
// - a file without accounts but with a botilbud: the tovholder's first account is made;
// - a file with accounts: "Log ind";
// - after a temporary password, a new one is chosen first.
// False when the person cancelled: the database is then not used.
class SignInFlow {
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

public:
    static bool run(QWidget* parent, storage::Database& db, bool demo);
    // For the demo database: its logins with their roles and the demo password (empty when it
    // has no accounts).
    static QString demoHint(storage::Database& db);
};

} // namespace medsafe::app
