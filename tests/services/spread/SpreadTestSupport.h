#pragma once

// Shared by the spread tests: two botilbud databases on temporary files, the first with an
// adopted change whose PDSA story names staff and a resident, the second empty but for its
// default measures and a driver with the same text.
#include "../packages/PackageTestSupport.h"
#include "domain/Person.h"
#include "storage/Database.h"
#include "storage/SessionIdentity.h"

#include <QString>

namespace medsafe::services::test {

inline const QString kResidentName = QStringLiteral("Hans");
inline const QString kPrimaryDriver = QStringLiteral("Sikker dispensering");
inline const QString kSecondaryDriver = QStringLiteral("Dobbelttjek af doseringsæsker");

// The fixture of the package tests, plus a secondary driver under a primary one, a proportion
// measure on the cycles, an earlier cycle decided "adapt" and staff/resident names in texts.
struct SpreadOrigin {
    BotilbudFixture fixture;
    domain::ChangeIdeaId idea;
    domain::MeasureId measure;
    QString measureName;
    explicit SpreadOrigin(storage::Database& db);
};

// A second botilbud's own database: "Bostedet Solsikken", default measures, the primary driver
// of the origin already there (so the import finds it).
struct SpreadTarget {
    domain::BotilbudId home;
    explicit SpreadTarget(storage::Database& db);
};

// Signs in a person with `roles` in `home` (made for the purpose).
void signInAs(storage::Database& db, domain::BotilbudId home, domain::PersonRoles roles, const QString& name);

} // namespace medsafe::services::test
