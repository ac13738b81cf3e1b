#include "app/access/SignInFlow.h"

#include "app/access/ChangePasswordDialog.h"
#include "app/access/FirstAccountDialog.h"
#include "app/access/SignInDialog.h"
#include "demo/DemoAccounts.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "services/access/AccountService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QMessageBox>

namespace medsafe::app {

// "tove (tovholder), lars (leder), …": the demo's accounts with the roles they show.
QString SignInFlow::demoHint(storage::Database& db) {
    auto accounts = services::AccountService(db).accounts();
    if (!accounts || accounts->isEmpty()) return {};
    services::OrganisationService organisation(db);
    QStringList logins;
    for (const domain::Account& account : *accounts) {
        auto person = organisation.person(account.personId);
        const QString roles = person ? domain::DomainLabels::label(person->roles) : QString();
        logins << tr("<b>%1</b> (%2)").arg(account.login, roles);
    }
    return tr("Demo: sign in as %1, all with the password <b>%2</b>.")
        .arg(logins.join(QStringLiteral(", ")), QString::fromLatin1(demo::DemoAccounts::kPassword));
}

bool SignInFlow::run(QWidget* parent, storage::Database& db, bool demo) {
    services::AccountService accounts(db);
    if (db.isServer()) {
        auto identity = accounts.identifyServerLogin();
        if (!identity) {
            QMessageBox::warning(parent, tr("Sign in"), identity.error().display());
            return false;
        }
    } else {
        auto first = accounts.needsFirstAccount();
        if (!first) {
            QMessageBox::warning(parent, tr("Sign in"), first.error().display());
            return false;
        }
        if (*first) {
            services::OrganisationService organisation(db);
            auto homes = organisation.allBotilbud();
            // An empty database (the new-programme wizard comes first): nothing to guard yet.
            if (!homes || homes->isEmpty()) return true;
            FirstAccountDialog dialog(accounts, organisation, parent);
            if (dialog.exec() != QDialog::Accepted) return false;
        } else {
            SignInDialog dialog(accounts, QFileInfo(db.path()).fileName(), demo ? demoHint(db) : QString(),
                                parent);
            if (dialog.exec() != QDialog::Accepted) return false;
        }
    }
    if (db.session().signedIn && db.session().mustChangePassword) {
        ChangePasswordDialog change(accounts, true, parent);
        if (change.exec() != QDialog::Accepted) {
            accounts.signOut();
            return false;
        }
    }
    logging::get("app")->info("signed in as {}", db.session().signedIn ? db.session().login.toStdString()
                                                                       : std::string("the database's owner"));
    return true;
}

} // namespace medsafe::app
