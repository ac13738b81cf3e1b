#include "cli/AccountsCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "domain/DomainLabels.h"
#include "services/access/AccountService.h"
#include "services/access/PasswordHashing.h"
#include "services/access/PasswordRules.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <algorithm>

namespace medsafe::cli {

int AccountsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file (must exist)."), CliMessages::fileValue()});
    parser.addOption(
        {QStringLiteral("reset"),
         tr("Give this login a new temporary password (printed once; the person chooses a new one at "
            "the next sign-in) and lift a lock-out."),
         tr("LOGIN")});
    if (auto code =
            parseCommandLine(parser, name(),
                             summary() + QStringLiteral(".\n") +
                                 tr("Example: medicinsikker-cli accounts --database home.db --reset tove"),
                             args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    services::AccountService accounts(*db);
    auto all = accounts.accounts();
    if (!all) {
        CliMessages::print(err, name(), all.error().display());
        return 1;
    }
    services::OrganisationService organisation(*db);

    if (parser.isSet(QStringLiteral("reset"))) {
        const QString login = parser.value(QStringLiteral("reset")).trimmed().toLower();
        const auto found = std::find_if(all->cbegin(), all->cend(), [&](const domain::Account& account) {
            return account.login == login;
        });
        if (found == all->cend()) {
            CliMessages::print(err, name(), tr("there is no account with the login '%1'").arg(login));
            return 1;
        }
        auto person = organisation.person(found->personId);
        QString temporary;
        do {
            temporary = services::PasswordHashing::temporaryPassword();
        } while (
            !services::PasswordRules::problem(temporary, login, person ? person->name : QString()).isEmpty());
        if (auto reset = accounts.resetPassword(found->personId, temporary); !reset) {
            CliMessages::print(err, name(), reset.error().display());
            return 1;
        }
        out << tr("New temporary password for %1: %2").arg(login, temporary) << "\n"
            << tr("Hand it over in person; it must be changed at the next sign-in.") << "\n";
        return 0;
    }

    if (all->isEmpty()) {
        out << tr("No accounts yet: the app creates the tovholder's account at the next start.") << "\n";
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const domain::Account& account : *all) {
        auto person = organisation.person(account.personId);
        QStringList state;
        if (account.lockedUntil.isValid() && account.lockedUntil > now)
            state << tr("locked until %1")
                         .arg(account.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (account.mustChangePassword) state << tr("must choose a new password");
        if (person && !person->active) state << tr("left the botilbud");
        out << account.login.leftJustified(14) << " "
            << (person
                    ? QStringLiteral("%1 (%2)").arg(person->name, domain::DomainLabels::label(person->roles))
                    : QString())
            << (state.isEmpty() ? QString() : QStringLiteral(" — ") + state.join(QStringLiteral(", ")))
            << "\n";
    }
    return 0;
}

} // namespace medsafe::cli
