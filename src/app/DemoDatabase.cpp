#include "app/DemoDatabase.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoPhaseWork.h"
#include "demo/DemoWriter.h"
#include "services/access/AccountService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace medsafe::app {

namespace {

Status addDemoAccountsIfNone(const QString& path) {
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    if (!db) return db.error();
    services::AccountService accounts(**db);
    auto none = accounts.needsFirstAccount();
    if (!none) return none.error();
    if (!*none) return success();
    auto homes = services::OrganisationService(**db).allBotilbud();
    if (!homes) return homes.error();
    for (const domain::Botilbud& home : *homes) {
        if (home.origin == domain::BotilbudOrigin::Local) return demo::DemoAccounts::addFor(**db, home.id);
    }
    return success();
}

} // namespace

Status ensureDemoDatabase(const QString& path) {
    // An existing demo database may hold the person's own trials: never regenerate over it.
    // One made before sign-in existed gets the demo accounts (and nothing else changes).
    if (QFileInfo::exists(path)) return addDemoAccountsIfNone(path);
    if (auto folder = storage::Database::ensurePrivateFolder(QFileInfo(path).absolutePath()); !folder)
        return folder;
    // A programme in progress up to today, so the demo shows an ordinary working day: the next
    // læringstræf ahead, last month's measurements and report to do, a PDSA test running.
    demo::DemoOptions options;
    options.asOf = QDate::currentDate();
    const Status written = demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), path, false);
    if (!written) return written;
    // Five more botilbud as received data packages, so the consultant's overview has something
    // to compare; they stay out of the tovholder's botilbud selector.
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting); // just written
    if (!db) return db.error();
    if (auto phases = demo::DemoPhaseWork::add(**db, options.asOf); !phases) return phases;
    return demo::DemoReceivedPackages::add(**db, demo::DemoReceivedPackages::kDefaultCount,
                                           demo::DemoReceivedPackages::kDefaultMonths,
                                           demo::DemoReceivedPackages::kDefaultSeed, options.asOf);
}

} // namespace medsafe::app
