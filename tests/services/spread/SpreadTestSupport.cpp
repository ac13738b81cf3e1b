#include "SpreadTestSupport.h"

#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

namespace medsafe::services::test {

using namespace medsafe::domain;

SpreadOrigin::SpreadOrigin(storage::Database& db) : fixture(db) {
    storage::ImprovementRepository improvement(db);
    const auto primary = improvement.addDriver(
        Driver{{}, fixture.home, std::nullopt, DriverLevel::Primary, std::nullopt, kPrimaryDriver, 1});
    REQUIRE(primary.ok());
    const auto secondary = improvement.addDriver(
        Driver{{}, fixture.home, std::nullopt, DriverLevel::Secondary, *primary, kSecondaryDriver, 2});
    REQUIRE(secondary.ok());
    ChangeIdea stored = improvement.changeIdeas(fixture.home).value().constFirst();
    stored.driverId = *secondary;
    stored.description = QStringLiteral("To kolleger tjekker æsken; foreslået af ") + kOtherStaffName;
    REQUIRE(improvement.updateChangeIdea(stored).ok());
    idea = stored.id;

    const QList<Measure> measures = storage::MeasureRepository(db).forBotilbud(fixture.home).value();
    for (const Measure& m : measures) {
        if (m.derivedFromIncidents || m.kind != MeasureKind::Proportion) continue;
        measure = m.id;
        measureName = m.name;
        break;
    }
    REQUIRE(measure.isValid());

    storage::PdsaRepository pdsa(db);
    PdsaCycle adopted = pdsa.forBotilbud(fixture.home).value().constFirst();
    adopted.measureIds = {measure};
    adopted.question = QStringLiteral("Falder fejlene når ") + kStaffName + QStringLiteral(" tjekker med?");
    adopted.studyResult =
        QStringLiteral("Beboeren ") + kResidentName + QStringLiteral(" fik den rigtige dosis hver aften");
    REQUIRE(pdsa.update(adopted).ok());
    PdsaCycle first = adopted;
    first.id = {};
    first.number = 0;
    first.title = QStringLiteral("Dobbelttjek en aften");
    first.startDate = QDate(2021, 7, 1);
    first.endDate = QDate(2021, 7, 15);
    first.decision = ActDecision::Adapt;
    first.studyLearning = QStringLiteral("Tjeklisten var for lang");
    first.rowVersion = {};
    auto number = pdsa.nextNumber(fixture.home);
    REQUIRE(number.ok());
    first.number = *number;
    REQUIRE(pdsa.add(first).ok());
}

SpreadTarget::SpreadTarget(storage::Database& db) {
    auto id = storage::BotilbudRepository(db).createWithDefaults(
        Botilbud{{}, QStringLiteral("Bostedet Solsikken"), QStringLiteral("Randers"), 9, QDate(2022, 1, 1)},
        QDate(2022, 3, 1));
    REQUIRE(id.ok());
    home = *id;
    REQUIRE(storage::ImprovementRepository(db)
                .addDriver(Driver{{},
                                  home,
                                  std::nullopt,
                                  DriverLevel::Primary,
                                  std::nullopt,
                                  QStringLiteral("  sikker   DISPENSERING "),
                                  1})
                .ok());
}

void signInAs(storage::Database& db, BotilbudId home, PersonRoles roles, const QString& name) {
    Person person;
    person.botilbudId = home;
    person.name = name;
    person.roles = roles;
    auto id = storage::PersonRepository(db).add(person);
    REQUIRE(id.ok());
    storage::SessionIdentity who;
    who.signedIn = true;
    who.person = *id;
    who.botilbud = home;
    who.roles = roles;
    who.login = name.toLower();
    who.name = name;
    db.setSession(who);
}

} // namespace medsafe::services::test
